/** The publicity programme's own screens (see ./types.ts): the stories awaiting publication. */
import DraftsIcon from '@mui/icons-material/Drafts';
import { lazy } from 'react';
import { canDo } from '../providers/access';
import { publicityMessages } from '../publicity/messages';
import type { PageModule } from './types';

const DraftsPage = lazy(() => import('../publicity/DraftsPage'));

const programme: PageModule = {
  pages: [
    {
      path: 'story-drafts',
      component: DraftsPage,
      can: (p) => canDo(p, 'stories', 'list'),
      menu: { group: 'incentives', label: 'app.publicity_pages.menu.drafts', icon: DraftsIcon },
    },
  ],
  messages: publicityMessages,
};
export default programme;
