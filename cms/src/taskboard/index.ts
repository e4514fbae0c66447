/** The task board (揭榜领单), as it plugs into the panel. */
import type { Domain } from '../panel/domain';
import { appendOnlyLedger, frozenScores } from './guards';
import { taskDefaults, taskScoring } from './hooks';
import * as messages from './messages';
import { matchRoutes } from './matches';
import { noticeEffects } from './notices';
import { noticeRoutes } from './noticeRoutes';
import { boardRoutes } from './routes';
import { ledgerTotals } from './totals';
import { taskWorkflow } from './tasks';
import {
  boardWorkflow,
  commendationWorkflow,
  noticeWorkflow,
  objectionWorkflow,
  scoreWorkflow,
  showcaseWorkflow,
} from './workflows';

export const taskboard: Domain = {
  name: 'taskboard',
  workflows: {
    tasks: taskWorkflow,
    boards: boardWorkflow,
    'score-publications': scoreWorkflow,
    objections: objectionWorkflow,
    showcases: showcaseWorkflow,
    commendations: commendationWorkflow,
    // Messages are the system's: no field of them is written through a form (issue 15).
    notifications: noticeWorkflow,
  },
  routes: [...noticeRoutes, ...boardRoutes, ...matchRoutes],
  effects: noticeEffects,
  messages,
  hooks: [taskDefaults, taskScoring, appendOnlyLedger, ledgerTotals, frozenScores],
};
