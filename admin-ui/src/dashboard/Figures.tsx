/** The dashboard for those who may see the figures: one fetch, then cards and charts. */
import { Alert, Grid, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useDataProvider, useTranslate } from 'react-admin';
import type { PanelDataProvider } from '../providers/dataProvider';
import type { Overview } from './types';
import { FigureCards } from './FigureCards';
import { useFigureLinks } from './links';
import { ReservesChart } from './ReservesChart';
import { TasksChart } from './TasksChart';
import { TrainingChart } from './TrainingChart';

const EMPTY = { lists: {} } as Overview;

export const Figures = () => {
  const dataProvider = useDataProvider<PanelDataProvider>();
  const translate = useTranslate();
  const { data, error, isPending } = useQuery({
    queryKey: ['panel', 'overview'],
    queryFn: () => dataProvider.overview(),
  });
  const to = useFigureLinks(data ?? EMPTY);
  if (isPending) return <Loading />;
  if (error || !data)
    return <Alert severity="error">{error?.message ?? translate('ra.notification.http_error')}</Alert>;
  return (
    <Grid container spacing={2} sx={{ mt: 1 }}>
      <Grid size={12}>
        <Typography variant="body2" color="text.secondary">
          {translate('app.dashboard.reference_date', { date: data.referenceDate })}
        </Typography>
      </Grid>
      <FigureCards overview={data} />
      <Grid size={{ xs: 12, md: 6 }}>
        <TrainingChart personTimes={data.training.personTimes} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TasksChart board={data.board} />
      </Grid>
      <Grid size={12}>
        <ReservesChart reserves={data.reserves} belowList={to('reserves.below')} />
      </Grid>
    </Grid>
  );
};
