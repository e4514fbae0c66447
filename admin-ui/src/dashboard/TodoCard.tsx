/** 待办: how many records wait for the viewer in each queue of their role, each a link to the filtered list. */
import { Card, CardContent, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { canDo } from '../providers/access';
import { TODO, type Queue } from './todo';

const QueueLink = ({ queue }: { queue: Queue }) => {
  const translate = useTranslate();
  const filter = { [queue.field]: queue.value };
  const { total } = useGetList(queue.resource, { filter, pagination: { page: 1, perPage: 1 } });
  const to = `/${queue.resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return (
    <MuiLink component={Link} to={to} underline="hover">
      {translate(`resources.${queue.resource}.name`, { smart_count: 2 })} ·{' '}
      {translate(`resources.${queue.resource}.choices.${queue.field}.${queue.value}`)} {total ?? '…'}
    </MuiLink>
  );
};

export const TodoCard = ({ panel }: { panel: Panel }) => {
  const translate = useTranslate();
  const queues = (panel.me.role ? TODO[panel.me.role] : []).filter((x) => canDo(panel, x.resource, 'list'));
  if (!queues.length) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          {translate('app.dashboard.todo')}
        </Typography>
        <Stack direction="row" spacing={3} useFlexGap flexWrap="wrap">
          {queues.map((x) => (
            <QueueLink key={`${x.resource}.${x.value}`} queue={x} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};
