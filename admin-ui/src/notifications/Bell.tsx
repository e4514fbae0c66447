/** The bell in the app bar: how many messages are unread plus what waits for a supervisor; opens 消息. */
import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Panel } from '@yanzhen/config';
import { canDo } from '../providers/access';
import { bellCount } from './api';
import { useSummary } from './useSummary';

const Counted = () => {
  const translate = useTranslate();
  const count = bellCount(useSummary());
  const label = translate('app.notifications.bell', { smart_count: count });
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" component={Link} to="/messages" aria-label={label}>
        <Badge badgeContent={count} color="error" max={99} data-testid="bell-count">
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};

export const Bell = () => {
  const { permissions } = usePermissions<Panel>();
  return permissions && canDo(permissions, 'notifications', 'list') ? <Counted /> : null;
};
