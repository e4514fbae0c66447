/**
 * The task board as columns by status, filtered by community, tier and category: each card carries the
 * steps the viewer may take on it (claim, report, approve, return, withdraw).
 */
import { Box, Paper, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  FilterForm,
  ListBase,
  ReferenceInput,
  SelectInput,
  Title,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { choicesOf } from '../generic/choices';
import { resourceOf } from '../schema/mapping';
import { byStatus, columnsFor } from './columns';
import { PublicLinks } from './PublicLinks';
import { TaskCard } from './TaskCard';

/** Enough for a district's weekly board and its recent history; filters narrow the rest. */
const PER_PAGE = 200;

function filterInputs(panel: Panel) {
  const tasks = resourceOf(panel.schema, 'tasks');
  const choices = (name: string) => {
    const field = tasks?.fields.find((f) => f.name === name);
    return field ? choicesOf('tasks', field) : [];
  };
  return [
    <ReferenceInput key="community" source="community" reference="communities" alwaysOn>
      <AutocompleteInput filterToQuery={(q: string) => (q ? { q } : {})} sx={{ minWidth: 200 }} />
    </ReferenceInput>,
    <SelectInput key="tier" source="tier" choices={choices('tier')} alwaysOn />,
    <SelectInput key="category" source="category" choices={choices('category')} alwaysOn />,
  ];
}

const Columns = ({ panel }: { panel: Panel }) => {
  const translate = useTranslate();
  const { data, total, isPending } = useListContext();
  if (isPending) return null;
  const columns = byStatus(data ?? [], columnsFor(panel.me.role));
  return (
    <>
      {total !== undefined && total > PER_PAGE && (
        <Typography variant="body2" color="warning.main" sx={{ mb: 1 }}>
          {translate('app.board_pages.board.more', { shown: PER_PAGE, total })}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 1.5, overflowX: 'auto', alignItems: 'flex-start', pb: 2 }}>
        {[...columns.entries()].map(([status, tasks]) => (
          <Paper
            key={status}
            variant="outlined"
            role="region"
            aria-label={translate(`resources.tasks.choices.status.${status}`)}
            sx={{ minWidth: 250, width: 250, flexShrink: 0, p: 1, bgcolor: 'grey.50' }}
          >
            <Typography variant="subtitle1" component="h2" sx={{ px: 0.5, mb: 1 }}>
              {translate(`resources.tasks.choices.status.${status}`)} ·{' '}
              {translate('app.board_pages.board.count', { smart_count: tasks.length })}
            </Typography>
            <Stack spacing={1}>
              {tasks.length ? (
                tasks.map((t) => <TaskCard key={t.id} task={t} />)
              ) : (
                <Typography variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
                  {translate('app.board_pages.board.empty')}
                </Typography>
              )}
            </Stack>
          </Paper>
        ))}
      </Box>
    </>
  );
};

const BoardPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Panel>();
  if (!permissions) return null;
  return (
    <ListBase
      resource="tasks"
      storeKey="board"
      perPage={PER_PAGE}
      sort={{ field: 'id', order: 'DESC' }}
      disableSyncWithLocation
    >
      <Title title={translate('app.board_pages.board.title')} />
      {/* Blocks, not a flex column: the filter form would stretch to fill the page. */}
      <Box sx={{ mt: 1 }}>
        <PublicLinks />
        <Box sx={{ my: 1 }}>
          <FilterForm filters={filterInputs(permissions)} />
        </Box>
        <Columns panel={permissions} />
      </Box>
    </ListBase>
  );
};

export default BoardPage;
