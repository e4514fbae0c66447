/** Training person-times by level (national … town). */
import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { BarChartCard } from './BarChartCard';
import { count } from './format';
import type { Overview, TrainingLevel } from './types';

const LEVELS: TrainingLevel[] = ['national', 'provincial', 'municipal', 'district', 'town'];

export const TrainingChart = ({ personTimes }: { personTimes: Overview['training']['personTimes'] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const data = LEVELS.map((l) => ({
    name: translate(`resources.trainings.choices.level.${l}`),
    value: personTimes[l],
  }));
  const total = data.reduce((sum, d) => sum + d.value, 0);
  return (
    <BarChartCard
      title={translate('app.dashboard.training.title')}
      data={data}
      valueLabel={translate('app.dashboard.unit.person_times')}
      footer={
        <Typography variant="body2" color="text.secondary">
          {data.map((d) => `${d.name} ${count(locale, d.value)}`).join(' · ')} —{' '}
          {translate('app.dashboard.training.total', { total: count(locale, total) })}
        </Typography>
      }
    />
  );
};
