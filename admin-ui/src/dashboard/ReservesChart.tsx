/** Reserve cadres per community against the minimum, naming the communities below it. */
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { BarChartCard } from './BarChartCard';
import type { Overview } from './types';

export const ReservesChart = ({ reserves }: { reserves: Overview['reserves'] }) => {
  const translate = useTranslate();
  const data = reserves.perCommunity.map((c) => ({ name: c.name, value: c.reserves }));
  const below = reserves.below.map((c) => c.name).join('、');
  return (
    <BarChartCard
      title={translate('app.dashboard.reserves.title')}
      data={data}
      valueLabel={translate('resources.workers.fields.isReserve')}
      line={reserves.minimum}
      height={300}
      slanted
      footer={
        <Typography variant="body2" color={below ? 'error' : 'text.secondary'}>
          {translate('app.dashboard.reserves.minimum', { minimum: reserves.minimum })} ·{' '}
          {below
            ? translate('app.dashboard.reserves.below', { names: below })
            : translate('app.dashboard.reserves.all_met')}
        </Typography>
      }
    />
  );
};
