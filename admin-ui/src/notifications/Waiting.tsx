/** What waits for a supervisor, in their scope: reports to approve and objections to decide. */
import { Button, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Summary } from './api';

export const Waiting = ({ waiting }: { waiting: Summary['waiting'] }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} data-testid="waiting">
      <Button component={Link} to="/approvals" variant="contained" color="secondary">
        {translate('app.notifications.waiting_reports', { smart_count: waiting.reports })}
      </Button>
      <Button component={Link} to="/approvals" variant="contained" color="secondary">
        {translate('app.notifications.waiting_objections', { smart_count: waiting.objections })}
      </Button>
    </Stack>
  );
};
