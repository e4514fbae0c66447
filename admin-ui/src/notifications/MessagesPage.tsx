/**
 * 消息: the viewer's messages, newest first, each linking to its record; opening one marks it read. A
 * supervisor sees what waits for them; a member turns the weekly board suggestions on or off.
 */
import { Button, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  Title,
  useGetList,
  useLocaleState,
  useNotify,
  usePermissions,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Link } from 'react-router-dom';
import type { Panel } from '@yanzhen/config';
import { notificationsApi } from './api';
import { DigestSwitch } from './DigestSwitch';
import { SUMMARY_KEY, useSummary } from './useSummary';
import { Waiting } from './Waiting';

const SHOWN = 50;

const Message = ({ n, onOpen }: { n: RaRecord; onOpen: (n: RaRecord) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const unread = !n.readAt;
  const when = new Date(String(n.createdAt)).toLocaleString(locale);
  const state = translate(unread ? 'app.notifications.unread' : 'app.notifications.read');
  return (
    <ListItemButton
      component={Link}
      to={String(n.link || '/messages')}
      onClick={() => onOpen(n)}
      divider
      sx={{ minHeight: 56, alignItems: 'flex-start', bgcolor: unread ? 'action.hover' : undefined }}
      data-testid="message"
      data-unread={unread}
    >
      <ListItemText
        primary={translate(`app.notifications.text.${n.kind}`, n.params ?? {})}
        secondary={`${state} · ${when}`}
        slotProps={{ primary: { sx: { fontWeight: unread ? 700 : 400, overflowWrap: 'anywhere' } } }}
      />
    </ListItemButton>
  );
};

const MessagesPage = () => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.notifications.${key}`);
  const [locale] = useLocaleState();
  const notify = useNotify();
  const client = useQueryClient();
  const { permissions } = usePermissions<Panel>();
  const summary = useSummary();
  const { data = [], refetch } = useGetList('notifications', {
    pagination: { page: 1, perPage: SHOWN },
    sort: { field: 'id', order: 'DESC' },
  });
  const changed = async () => {
    await refetch();
    await client.invalidateQueries({ queryKey: SUMMARY_KEY });
  };
  const open = (n: RaRecord) => {
    if (!n.readAt) void notificationsApi.read(String(n.id), locale).then(changed);
  };
  const readAll = () =>
    notificationsApi
      .readAll(locale)
      .then(changed)
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={t('title')} />
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}
      >
        <Typography variant="h5" component="h1">
          {t('title')}
        </Typography>
        <Button variant="outlined" onClick={readAll} disabled={!summary?.unread}>
          {t('read_all')}
        </Button>
      </Stack>
      {permissions?.me.role === 'supervisor' && summary && <Waiting waiting={summary.waiting} />}
      {permissions?.me.role === 'member' && <DigestSwitch />}
      {data.length ? (
        <List disablePadding>
          {data.map((n) => (
            <Message key={n.id} n={n} onOpen={open} />
          ))}
        </List>
      ) : (
        <Typography color="text.secondary">{t('empty')}</Typography>
      )}
    </Stack>
  );
};

export default MessagesPage;
