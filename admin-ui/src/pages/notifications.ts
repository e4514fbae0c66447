/** 消息 (issue 15): every account's own messages, opened from the bell in the app bar. */
import { lazy } from 'react';
import { notificationMessages } from '../notifications/messages';
import { canDo } from '../providers/access';
import type { PageModule } from './types';

const MessagesPage = lazy(() => import('../notifications/MessagesPage'));

const programme: PageModule = {
  pages: [{ path: 'messages', component: MessagesPage, can: (p) => canDo(p, 'notifications', 'list') }],
  messages: notificationMessages,
};
export default programme;
