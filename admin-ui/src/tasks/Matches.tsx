/**
 * Who suits a task, best first, with the reasons in words (`特长：医疗卫生 · 同小区 · 在办 1 件`): on the
 * task's page for the desk that posts the board, and first in the claim dialog, where 选用 fills in the
 * claimant the desk claims for. Only staff and supervisors see it, only before the task is claimed.
 */
import { Box, Button, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useFormContext, useWatch } from 'react-hook-form';
import { useState } from 'react';
import {
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { StepPreviewProps } from '../generic/types';
import type { Panel } from '@yanzhen/config';
import type { PanelDataProvider, TaskMatch } from '../providers/dataProvider';

const READERS = ['staff', 'supervisor'];
const OPEN = ['triaged', 'listed'];
/** On the task's page, the best few; the claim dialog shows the rulebook's whole list. */
const ON_PAGE = 5;

function useMatches(record: RaRecord | undefined): TaskMatch[] | undefined {
  const { permissions } = usePermissions<Panel>();
  const dataProvider = useDataProvider<PanelDataProvider>();
  const enabled =
    Boolean(record && OPEN.includes(String(record.status))) && READERS.includes(permissions?.me.role ?? '');
  const { data } = useQuery({
    queryKey: ['tasks', 'matches', record?.id],
    queryFn: () => dataProvider.matches(String(record?.id)),
    enabled,
  });
  return enabled ? data : undefined;
}

const Row = ({ m, action }: { m: TaskMatch; action?: React.ReactNode }) => (
  <ListItem disableGutters secondaryAction={action} data-testid="task-match">
    <ListItemText
      primary={m.member?.name ?? m.unit?.name}
      secondary={
        <Stack component="span" direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }}>
          {m.reasons.map((r) => (
            <Chip key={r} component="span" size="small" label={r} />
          ))}
        </Stack>
      }
      secondaryTypographyProps={{ component: 'span' }}
    />
  </ListItem>
);

/** 邀请: the desk asks a suggested claimant to take the task (a message in their 消息, once). */
const InviteButton = ({ task, m }: { task: string; m: TaskMatch }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PanelDataProvider>();
  const [sent, setSent] = useState(false);
  const name = m.member?.name ?? m.unit?.name ?? '';
  const send = async () => {
    try {
      await dataProvider.invite(task, m.member ? { member: m.member.id } : { unit: m.unit?.id ?? '' });
      setSent(true);
      notify('app.matches.invited', { type: 'success', messageArgs: { name } });
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'warning' });
    }
  };
  return (
    <Button
      size="small"
      disabled={sent}
      onClick={send}
      aria-label={`${translate('app.matches.invite')} ${name}`}
    >
      {translate(sent ? 'app.matches.invited_short' : 'app.matches.invite')}
    </Button>
  );
};

/** Under the task's fields on its page; the desk may invite each one. */
export const TaskMatches = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  const { permissions } = usePermissions<Panel>();
  const matches = useMatches(record);
  if (!matches || !record) return null;
  const invites = permissions?.me.role === 'staff';
  return (
    <Box sx={{ px: 2, pb: 2 }} component="section" aria-label={translate('app.matches.title')}>
      <Typography variant="subtitle1">{translate('app.matches.title')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(matches.length ? 'app.matches.hint' : 'app.matches.none')}
      </Typography>
      <List dense>
        {matches.slice(0, ON_PAGE).map((m) => (
          <Row
            key={m.member?.id ?? m.unit?.id}
            m={m}
            action={invites ? <InviteButton task={String(record.id)} m={m} /> : undefined}
          />
        ))}
      </List>
    </Box>
  );
};

/** In the claim dialog of the desk: 选用 fills in the member or unit to claim for. */
export const ClaimMatches = ({ record }: StepPreviewProps) => {
  const translate = useTranslate();
  const matches = useMatches(record);
  const { setValue } = useFormContext();
  const [member, unit] = useWatch({ name: ['claimantMember', 'claimantUnit'] });
  if (!matches?.length) return null;
  return (
    <Box sx={{ mt: 1 }} component="section" aria-label={translate('app.matches.title')}>
      <Typography variant="subtitle2">{translate('app.matches.title')}</Typography>
      <List dense>
        {matches.map((m) => {
          const [field, id] = m.member ? ['claimantMember', m.member.id] : ['claimantUnit', m.unit?.id];
          const chosen = id === (m.member ? member : unit);
          return (
            <Row
              key={id}
              m={m}
              action={
                <Button
                  size="small"
                  disabled={chosen}
                  onClick={() => setValue(field, id, { shouldDirty: true })}
                  aria-label={`${translate('app.matches.pick')} ${m.member?.name ?? m.unit?.name}`}
                >
                  {translate(chosen ? 'app.matches.picked' : 'app.matches.pick')}
                </Button>
              }
            />
          );
        })}
      </List>
    </Box>
  );
};
