/** The board programme's own screens (see ./types.ts): the board, the review desk, a member's five showings. */
import ApprovalIcon from '@mui/icons-material/FactCheck';
import FiveIcon from '@mui/icons-material/Badge';
import BoardIcon from '@mui/icons-material/ViewKanban';
import { lazy } from 'react';
import type { Panel } from '@yanzhen/config';
import { boardMessages } from '../board/messages';
import { canDo } from '../providers/access';
import type { PageModule } from './types';

const BoardPage = lazy(() => import('../board/BoardPage'));
const ApprovalQueue = lazy(() => import('../board/ApprovalQueue'));
const FivePage = lazy(() => import('../board/FivePage'));

/** Anyone's five showings: the desk and supervisors, and a member for their own (the server keeps it so). */
const readsMembers = (p: Panel) =>
  p.me.role !== 'unit' && canDo(p, 'party-members', 'show') && canDo(p, 'points-entries', 'list');

const programme: PageModule = {
  pages: [
    {
      path: 'board',
      component: BoardPage,
      can: (p) => canDo(p, 'tasks', 'list'),
      menu: { group: 'board', label: 'app.board_pages.menu.board', icon: BoardIcon },
    },
    {
      path: 'approvals',
      component: ApprovalQueue,
      can: (p) => canDo(p, 'tasks', 'approve') || canDo(p, 'objections', 'uphold'),
      menu: { group: 'board', label: 'app.board_pages.menu.approvals', icon: ApprovalIcon },
    },
    {
      path: 'five',
      component: FivePage,
      can: (p) => readsMembers(p) && (p.me.role !== 'member' || Boolean(p.me.member)),
      menu: { group: 'board', label: 'app.board_pages.menu.five', icon: FiveIcon },
    },
    // Linked from a party member's record (generic/RecordPageLinks).
    { path: 'party-members/:id/five', component: FivePage, can: readsMembers },
  ],
  messages: boardMessages,
};
export default programme;
