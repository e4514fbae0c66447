/**
 * The cron table (node-schedule rules with seconds, in the district's time zone), as `server.ts` hands
 * it to Strapi; `CRON_ENABLED=false` turns it off. Friday 09:00 the board is posted; hourly, overdue
 * claims are flagged and released a week after their due date, and score tables past their objection
 * window are finalised; month, quarter and year ends draft the showcase, the score table and the
 * commendations. Every task is safe to run twice or on several instances: the database keeps each
 * result single.
 */
import type { Core } from '@strapi/strapi';
import { rules } from '@yanzhen/config';
import { postBoard } from '../src/taskboard/boards';
import { proposeCommendations } from '../src/taskboard/commendations';
import { finalizeDue, previousPeriods, sweepOverdue } from '../src/taskboard/jobs';
import { draftScores } from '../src/taskboard/scores';
import { draftShowcase } from '../src/taskboard/showcase';

type Task = (args: { strapi: Core.Strapi }) => Promise<unknown>;

const tz = rules.taskBoard.calendar.timeZone;
const { boardWeekday, boardHour, boardMinute } = rules.taskBoard.calendar;
const job = (rule: string, task: Task) => ({ task, options: { rule, tz } });

export default {
  'board:post': job(`0 ${boardMinute} ${boardHour} * * ${boardWeekday % 7}`, ({ strapi }) =>
    postBoard(strapi, new Date()),
  ),
  'board:overdue': job('0 5 * * * *', ({ strapi }) => sweepOverdue(strapi, new Date())),
  'board:finalize': job('0 10 * * * *', ({ strapi }) => finalizeDue(strapi, new Date())),
  'board:showcase': job('0 30 0 1 * *', ({ strapi }) =>
    draftShowcase(strapi, previousPeriods(new Date()).month),
  ),
  'board:scores': job('0 0 1 1 1,4,7,10 *', ({ strapi }) =>
    draftScores(strapi, previousPeriods(new Date()).quarter),
  ),
  'board:commendations': job('0 0 2 1 1 *', ({ strapi }) =>
    proposeCommendations(strapi, previousPeriods(new Date()).year),
  ),
};
