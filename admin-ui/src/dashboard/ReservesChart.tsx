/** Reserve cadres per community against the minimum, naming the communities below it (a link to them). */
import { Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { BarChartCard } from './BarChartCard';
import type { Overview } from './types';

interface Props {
  reserves: Overview['reserves'];
  /** The communities list filtered to those below the minimum, when the viewer may open it. */
  belowList?: string;
}

export const ReservesChart = ({ reserves, belowList }: Props) => {
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
          {!below && translate('app.dashboard.reserves.all_met')}
          {below && belowList && (
            <Link component={RouterLink} to={belowList} color="inherit">
              {translate('app.dashboard.reserves.below', { names: below })}
            </Link>
          )}
          {below && !belowList && translate('app.dashboard.reserves.below', { names: below })}
        </Typography>
      }
    />
  );
};
