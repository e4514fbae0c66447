/** The trainings a worker attended, newest first, with the count and the hours in all. */
import { Box, Typography } from '@mui/material';
import { useGetManyReference, useTranslate } from 'react-admin';
import { RecordTable } from './RecordTable';

export const WorkerTrainings = ({ worker }: { worker: string }) => {
  const translate = useTranslate();
  const { data = [], total } = useGetManyReference('trainings', {
    target: 'attendees',
    id: worker,
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'startDate', order: 'DESC' },
  });
  const hours = data.reduce((sum, t) => sum + (Number(t.hours) || 0), 0);
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 1 }} data-testid="training-summary">
        {translate('app.workforce_pages.worker.training_summary', {
          count: total ?? data.length,
          hours: Math.round(hours * 10) / 10,
        })}
      </Typography>
      <RecordTable
        resource="trainings"
        rows={data}
        columns={['title', 'level', 'startDate', 'hours', 'organizer']}
        empty="app.workforce_pages.worker.no_trainings"
      />
    </Box>
  );
};
