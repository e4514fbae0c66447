/**
 * The board's calendar (Asia/Shanghai): Friday 09:00 the board is posted; hourly, overdue claims are
 * flagged and released a week after their due date, and score tables past their objection window are
 * finalised; month, quarter and year ends draft the showcase, the score table and the commendations.
 * Every job is safe to run twice or on several instances: the database keeps each result single.
 */
import type { Core } from '@strapi/strapi';
import { addDays, localParts, rules } from '@yanzhen/config';
import { panelOf } from '../panel/context';
import type { Job } from '../panel/domain';
import { postBoard } from './boards';
import { proposeCommendations } from './commendations';
import { draftScores } from './scores';
import { draftShowcase } from './showcase';

const TASK = 'api::task.task';
const SCORES = 'api::score-publication.score-publication';
const DAY = 86_400_000;

/** The period just ended, in the district's calendar. */
export function previousPeriods(now: Date) {
  const today = localParts(now, rules.taskBoard.calendar.timeZone).date;
  const [y, m] = today.split('-').map(Number);
  const lastMonth = addDays(`${today.slice(0, 7)}-01`, -1);
  const q = Math.ceil(m / 3);
  return {
    month: lastMonth.slice(0, 7),
    quarter: q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`,
    year: y - 1,
  };
}

/** Claims past due are flagged; a week after the due date they go back on the board. */
export async function sweepOverdue(
  strapi: Core.Strapi,
  now: Date,
): Promise<{ flagged: number; released: number }> {
  const held = { status: { $in: ['claimed', 'rejected'] } };
  const late = (await strapi.db.query(TASK).findMany({
    where: { ...held, isOverdue: false, dueAt: { $lt: now.toISOString() } },
    select: ['documentId'],
  })) as { documentId: string }[];
  for (const t of late)
    await strapi.documents(TASK).update({ documentId: t.documentId, data: { isOverdue: true } });
  const cutoff = new Date(now.getTime() - rules.taskBoard.releaseAfterDays * DAY).toISOString();
  const stale = (await strapi.db
    .query(TASK)
    .findMany({ where: { ...held, dueAt: { $lt: cutoff } }, select: ['documentId'] })) as {
    documentId: string;
  }[];
  const { actions } = panelOf(strapi);
  let released = 0;
  for (const t of stale) if (await actions.bySystem('tasks', t.documentId, 'release', now)) released += 1;
  return { flagged: late.length, released };
}

/** Published score tables whose objection window has closed with no objection open become final. */
export async function finalizeDue(strapi: Core.Strapi, now: Date): Promise<number> {
  const due = (await strapi.db.query(SCORES).findMany({
    where: { status: 'published', objectionDeadline: { $lt: now.toISOString() } },
    select: ['documentId'],
  })) as { documentId: string }[];
  const { actions } = panelOf(strapi);
  let done = 0;
  // The finalize action's guard keeps a table with an objection still open.
  for (const p of due)
    if (await actions.bySystem('score-publications', p.documentId, 'finalize', now)) done += 1;
  return done;
}

/** The cron table (node-schedule rules with seconds). */
export function boardJobs(): Record<string, Job> {
  const tz = rules.taskBoard.calendar.timeZone;
  const { boardWeekday, boardHour, boardMinute } = rules.taskBoard.calendar;
  const job = (rule: string, task: Job['task']): Job => ({ task, options: { rule, tz } });
  return {
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
}
