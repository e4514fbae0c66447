/**
 * The board's tasks by status. On a desktop the columns sit side by side and wrap onto a second row
 * rather than scroll sideways; on a phone one column shows at a time, chosen by a tab per status.
 * Finished columns show their latest few and link to the full list.
 */
import { Box, Link as MuiLink, Paper, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslate, type RaRecord } from 'react-admin';
import { listOf, shownIn, type TaskStatus } from './columns';
import { TaskCard } from './TaskCard';

type Columns = Map<TaskStatus, RaRecord[]>;

const StatusTasks = ({ status, tasks }: { status: TaskStatus; tasks: RaRecord[] }) => {
  const translate = useTranslate();
  const { shown, more } = shownIn(status, tasks);
  return (
    <Stack spacing={1}>
      {shown.length ? (
        shown.map((t) => <TaskCard key={t.id} task={t} />)
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
          {translate('app.board_pages.board.empty')}
        </Typography>
      )}
      {more > 0 && (
        <MuiLink component={Link} to={listOf(status)} variant="body2" sx={{ px: 0.5 }}>
          {translate('app.board_pages.board.all')}
        </MuiLink>
      )}
    </Stack>
  );
};

const useStatusLabel = () => {
  const translate = useTranslate();
  return (status: TaskStatus, n: number) =>
    `${translate(`resources.tasks.choices.status.${status}`)} · ${translate('app.board_pages.board.count', { smart_count: n })}`;
};

export const DesktopColumns = ({ columns }: { columns: Columns }) => {
  const translate = useTranslate();
  const label = useStatusLabel();
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
        gap: 1.5,
        alignItems: 'start',
        pb: 2,
      }}
    >
      {[...columns.entries()].map(([status, tasks]) => (
        <Paper
          key={status}
          variant="outlined"
          role="region"
          aria-label={translate(`resources.tasks.choices.status.${status}`)}
          sx={{ minWidth: 0, p: 1, bgcolor: 'grey.50' }}
        >
          <Typography variant="subtitle1" component="h2" sx={{ px: 0.5, mb: 1 }}>
            {label(status, tasks.length)}
          </Typography>
          <StatusTasks status={status} tasks={tasks} />
        </Paper>
      ))}
    </Box>
  );
};

export const PhoneTabs = ({ columns }: { columns: Columns }) => {
  const translate = useTranslate();
  const label = useStatusLabel();
  const statuses = [...columns.keys()];
  const [picked, pick] = useState<TaskStatus | null>(null);
  const status = picked && columns.has(picked) ? picked : statuses[0];
  if (!status) return null;
  return (
    <Box>
      <Tabs
        value={status}
        onChange={(_, s: TaskStatus) => pick(s)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={translate('app.board_pages.board.title')}
        sx={{ mb: 1, borderBottom: 1, borderColor: 'divider' }}
      >
        {statuses.map((s) => (
          <Tab key={s} value={s} label={label(s, columns.get(s)?.length ?? 0)} sx={{ minHeight: 48 }} />
        ))}
      </Tabs>
      <Box role="region" aria-label={translate(`resources.tasks.choices.status.${status}`)}>
        <StatusTasks status={status} tasks={columns.get(status) ?? []} />
      </Box>
    </Box>
  );
};
