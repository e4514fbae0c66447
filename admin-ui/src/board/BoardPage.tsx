/**
 * The task board by status, filtered by community, tier and category: columns on a desktop, one tab per
 * status on a phone. Each card carries the steps the viewer may take on it (claim, report, approve …).
 */
import FilterList from '@mui/icons-material/FilterList';
import { Box, Button, Collapse, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  FilterForm,
  ListBase,
  ReferenceInput,
  SelectInput,
  Title,
  useGetOne,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { choicesOf } from '../generic/choices';
import { resourceOf } from '../schema/mapping';
import { byStatus, columnsFor, suitingFirst, suitingTasks } from './columns';
import { Suiting } from './TaskCard';
import { PublicLinks } from './PublicLinks';
import { DesktopColumns, PhoneTabs } from './BoardColumns';

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

const Columns = ({ panel, phone }: { panel: Panel; phone: boolean }) => {
  const translate = useTranslate();
  const { data, total, isPending } = useListContext();
  const memberId = panel.me.role === 'member' ? panel.me.member : null;
  const { data: member } = useGetOne('party-members', { id: memberId ?? '' }, { enabled: Boolean(memberId) });
  if (isPending) return null;
  const suiting = suitingTasks(data ?? [], member);
  const columns = byStatus(suitingFirst(data ?? [], suiting), columnsFor(panel.me.role));
  return (
    <>
      {total !== undefined && total > PER_PAGE && (
        <Typography variant="body2" color="warning.main" sx={{ mb: 1 }}>
          {translate('app.board_pages.board.more', { shown: PER_PAGE, total })}
        </Typography>
      )}
      <Suiting.Provider value={suiting}>
        {phone ? <PhoneTabs columns={columns} /> : <DesktopColumns columns={columns} />}
      </Suiting.Provider>
    </>
  );
};

/** On a phone the filters fold behind one button: the tasks come first. */
const Filters = ({ panel, phone }: { panel: Panel; phone: boolean }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!phone) return <FilterForm filters={filterInputs(panel)} />;
  return (
    <>
      <Button size="small" startIcon={<FilterList />} onClick={() => setOpen(!open)} aria-expanded={open}>
        {translate('app.board_pages.board.filters')}
      </Button>
      <Collapse in={open}>
        <FilterForm filters={filterInputs(panel)} />
      </Collapse>
    </>
  );
};

const BoardPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Panel>();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
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
          <Filters panel={permissions} phone={phone} />
        </Box>
        <Columns panel={permissions} phone={phone} />
      </Box>
    </ListBase>
  );
};

export default BoardPage;
