/** The five showings of a party member (五亮): identity, commitment, actions, points, results. */
import { Card, CardContent, Link as MuiLink, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import {
  Labeled,
  RecordContextProvider,
  ReferenceField,
  ResourceContextProvider,
  useGetList,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { FieldValue } from '../generic/FieldValue';
import { readable } from '../schema/mapping';
import { summarise } from './points';

const IDENTITY = [
  'name',
  'kind',
  'community',
  'compound',
  'workUnit',
  'partnerUnit',
  'specialties',
  'specialtyNote',
];
const ALL = { page: 1, perPage: 1000 };

export const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card variant="outlined" component="section" aria-label={title}>
    <CardContent>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

export const Identity = ({ member, panel }: { member: RaRecord; panel: Panel }) => {
  const schema = panel.schema.resources.find((r) => r.name === 'party-members');
  const fields = (schema?.fields ?? []).filter((f) => IDENTITY.includes(f.name) && readable(panel.schema, f));
  return (
    <ResourceContextProvider value="party-members">
      <RecordContextProvider value={member}>
        <Stack direction="row" spacing={4} useFlexGap flexWrap="wrap">
          {fields.map((f) => (
            <Labeled key={f.name} source={f.name}>
              <FieldValue source={f.name} field={f} resource="party-members" />
            </Labeled>
          ))}
        </Stack>
      </RecordContextProvider>
    </ResourceContextProvider>
  );
};

const Line = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" component="li" sx={{ py: 0.25 }}>
    {children}
  </Typography>
);

export const Actions = ({ tasks }: { tasks: RaRecord[] }) => {
  const translate = useTranslate();
  if (!tasks.length)
    return <Typography color="text.secondary">{translate('app.board_pages.five.no_actions')}</Typography>;
  return (
    <Stack component="ul" sx={{ m: 0, pl: 2 }}>
      {tasks.map((t) => (
        <Line key={t.id}>
          <MuiLink component={Link} to={`/tasks/${t.id}/show`} underline="hover">
            {t.title}
          </MuiLink>{' '}
          · {translate(`resources.tasks.choices.status.${t.status}`)} ·{' '}
          {translate('app.board_pages.board.points', { points: t.points ?? 0 })}
        </Line>
      ))}
    </Stack>
  );
};

export const Points = ({ entries }: { entries: RaRecord[] }) => {
  const translate = useTranslate();
  const { total, quarters } = summarise(entries);
  return (
    <>
      <Typography variant="h4" component="p" data-testid="points-total">
        {translate('app.board_pages.five.total')} {total}
      </Typography>
      <Stack component="ul" sx={{ m: 0, pl: 2 }}>
        {quarters.map((q) => (
          <Line key={q.quarter}>{translate('app.board_pages.five.quarter', q)}</Line>
        ))}
      </Stack>
      <ResourceContextProvider value="points-entries">
        <Stack component="ul" sx={{ m: 0, mt: 1, pl: 2 }} data-testid="points-entries">
          {entries.map((e) => (
            <RecordContextProvider key={e.id} value={e}>
              <Line>
                {e.quarter} · {translate(`resources.points-entries.choices.kind.${e.kind}`)} ·{' '}
                {e.task ? <ReferenceField source="task" reference="tasks" link="show" /> : e.reason} ·{' '}
                {translate('app.board_pages.board.points', { points: e.points })}
              </Line>
            </RecordContextProvider>
          ))}
        </Stack>
      </ResourceContextProvider>
    </>
  );
};

export const Results = ({
  memberId,
  tasks,
  entries,
  panel,
}: {
  memberId: string;
  tasks: RaRecord[];
  entries: RaRecord[];
  panel: Panel;
}) => {
  const translate = useTranslate();
  const canRead = Boolean(panel.schema.resources.find((r) => r.name === 'commendations')?.can.find);
  const { data: commendations = [] } = useGetList(
    'commendations',
    { filter: { recipientMember: memberId }, pagination: ALL, sort: { field: 'year', order: 'DESC' } },
    { enabled: canRead },
  );
  const done = tasks.filter((t) => t.status === 'approved').length;
  return (
    <>
      <Typography>
        {translate('app.board_pages.five.done', { smart_count: done })} ·{' '}
        {translate('app.board_pages.five.total')} {summarise(entries).total}
      </Typography>
      {canRead && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {translate('app.board_pages.five.commendations')}
          </Typography>
          {commendations.length ? (
            <Stack component="ul" sx={{ m: 0, pl: 2 }}>
              {commendations.map((c) => (
                <Line key={c.id}>
                  {c.year} · {translate(`resources.commendations.choices.kind.${c.kind}`)} ·{' '}
                  {translate(`resources.commendations.choices.status.${c.status}`)}
                </Line>
              ))}
            </Stack>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate('app.board_pages.five.no_commendations')}
            </Typography>
          )}
        </>
      )}
    </>
  );
};

/** The member's claims and ledger, fetched once for the sections that show them. */
export function useMemberRecords(memberId: string) {
  const { data: tasks = [] } = useGetList('tasks', {
    filter: { claimantMember: memberId },
    pagination: ALL,
    sort: { field: 'claimedAt', order: 'DESC' },
  });
  const { data: entries = [] } = useGetList('points-entries', {
    filter: { holderMember: memberId },
    pagination: ALL,
    sort: { field: 'id', order: 'DESC' },
  });
  return { tasks, entries };
}
