/** A reported task in the supervisor's queue: what was done, then approve, or return it with a reason, in place. */
import { Button, Card, CardContent, Link as MuiLink, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  DateField,
  HttpError,
  RecordContextProvider,
  ReferenceField,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { PanelDataProvider } from '../providers/dataProvider';
import { fivePath } from './paths';

export const TaskReview = ({
  task,
  canApprove,
  canReject,
}: {
  task: RaRecord;
  canApprove: boolean;
  canReject: boolean;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PanelDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = (action: string) => translate(`resources.tasks.actions.${action}`);

  const run = async (action: 'approve' | 'reject') => {
    if (action === 'reject' && !reason.trim()) {
      setError(translate('app.board_pages.approvals.reason_required'));
      return;
    }
    setBusy(true);
    try {
      await dataProvider.runAction(
        'tasks',
        String(task.id),
        action,
        action === 'reject' ? { rejectReason: reason } : {},
      );
      notify('app.action.done', { type: 'success', messageArgs: { action: label(action) } });
      refresh();
    } catch (e) {
      const fieldError =
        e instanceof HttpError ? (e.body?.errors?.rejectReason as string | undefined) : undefined;
      if (fieldError) setError(fieldError);
      else notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <RecordContextProvider value={task}>
      <Card variant="outlined" data-testid="task-review" data-task={task.id}>
        <CardContent>
          <Stack direction="row" spacing={2} alignItems="baseline" useFlexGap flexWrap="wrap">
            <MuiLink component={Link} to={`/tasks/${task.id}/show`} variant="subtitle1" underline="hover">
              {task.title}
            </MuiLink>
            <ReferenceField source="community" reference="communities" link={false} />
            {task.claimantMember ? (
              <ReferenceField
                source="claimantMember"
                reference="party-members"
                link={(m: RaRecord) => fivePath(m.id)}
              />
            ) : (
              <ReferenceField source="claimantUnit" reference="partner-units" link={false} />
            )}
            <Typography variant="body2">
              {translate('app.board_pages.board.points', { points: task.points ?? 0 })}
            </Typography>
            <DateField source="doneAt" />
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('app.board_pages.approvals.report')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {task.report}
          </Typography>
          <Stack direction="row" spacing={1} alignItems="flex-start" sx={{ mt: 2 }}>
            {canApprove && (
              <Button variant="contained" size="small" disabled={busy} onClick={() => run('approve')}>
                {label('approve')}
              </Button>
            )}
            {canReject && (
              <>
                <TextField
                  size="small"
                  label={translate('app.board_pages.approvals.reason')}
                  value={reason}
                  onChange={(e) => {
                    setReason(e.target.value);
                    setError(null);
                  }}
                  error={Boolean(error)}
                  helperText={error ?? ' '}
                  sx={{ flex: 1, maxWidth: 480 }}
                />
                <Button size="small" color="warning" disabled={busy} onClick={() => run('reject')}>
                  {label('reject')}
                </Button>
              </>
            )}
          </Stack>
        </CardContent>
      </Card>
    </RecordContextProvider>
  );
};
