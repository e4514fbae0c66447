/** The bell in the app bar: how many messages are unread plus what waits for a supervisor; opens 消息. */
import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, IconButton, Tooltip } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Panel } from '@yanzhen/config';
import { canDo } from '../providers/access';
import { bellCount } from './api';
import { useSummary } from './useSummary';

/** Read by screen readers, not shown: the icon and its badge are what the eye reads. */
const HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const Counted = () => {
  const translate = useTranslate();
  const count = bellCount(useSummary());
  const label = translate('app.notifications.bell', { smart_count: count });
  return (
    // The label is the link's own text (visually hidden), so the name a screen reader says is what it shows.
    <Tooltip title={label} describeChild>
      <IconButton color="inherit" component={Link} to="/messages">
        <Badge badgeContent={count} color="error" max={99} slotProps={{ badge: { 'aria-hidden': true } }}>
          <NotificationsIcon />
        </Badge>
        <Box component="span" sx={HIDDEN}>
          {label}
        </Box>
      </IconButton>
    </Tooltip>
  );
};

export const Bell = () => {
  const { permissions } = usePermissions<Panel>();
  return permissions && canDo(permissions, 'notifications', 'list') ? <Counted /> : null;
};
