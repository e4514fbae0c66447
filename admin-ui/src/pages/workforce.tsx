/** The workforce programme's own screens (see ./types.ts). */
import Groups from '@mui/icons-material/Groups';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import SupervisorAccount from '@mui/icons-material/SupervisorAccount';
import { lazy } from 'react';
import type { Panel } from '@yanzhen/config';
import { workforceMessages } from '../workforce/messages';
import type { PageModule } from './types';

/** The figures are the dashboard's: those who keep and approve the records. */
const keepsRecords = (panel: Panel) => panel.me.role === 'staff' || panel.me.role === 'supervisor';

const programme: PageModule = {
  pages: [
    {
      path: 'staffing',
      component: lazy(() => import('../workforce/StaffingPage')),
      can: keepsRecords,
      menu: { group: 'organisation', label: 'app.workforce_pages.menu.staffing', icon: Groups },
    },
    {
      path: 'reserves',
      component: lazy(() => import('../workforce/ReservesPage')),
      can: keepsRecords,
      menu: { group: 'organisation', label: 'app.workforce_pages.menu.reserves', icon: SupervisorAccount },
    },
    {
      path: 'degree-progress',
      component: lazy(() => import('../workforce/DegreePage')),
      can: keepsRecords,
      menu: { group: 'training', label: 'app.workforce_pages.menu.degree', icon: SchoolOutlined },
    },
  ],
  messages: workforceMessages,
};
export default programme;
