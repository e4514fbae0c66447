/**
 * The board's calendar (Asia/Shanghai): Friday 09:00 the board is posted; hourly, overdue claims are
 * flagged and released a week after their due date, and score tables past their objection window are
 * finalised; month, quarter and year ends draft the showcase, the score table and the commendations.
 * Every job is safe to run twice or on several instances: the database keeps each result single.
 */
import type { Core } from '@strapi/strapi';
import { addDays, localParts, rules } from '@yanzhen/config';
import { writeAudit } from '../panel/audit';
import { panelOf } from '../panel/context';
import { postBoard } from './boards';
import { proposeCommendations } from './commendations';
import { draftScores } from './scores';
import { draftShowcase } from './showcase';

const TASK = 'api::task.task';
const SCORES = 'api::score-publication.score-publication';
const DAY = 86_400_000;
const SYSTEM = { id: null, username: 'system' };

async function audit(
  strapi: Core.Strapi,
  resource: string,
  action: string,
  recordId: string,
  after: Record<string, unknown>,
) {
  const r = panelOf(strapi).registry.byName(resource);
  if (r) await writeAudit(strapi, { viewer: SYSTEM, action, resource: r, recordId, after });
}

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
    await strapi.documents(TASK).update({ documentId: t.documentId, data: { isOverdue: true } as never });
  const cutoff = new Date(now.getTime() - rules.taskBoard.releaseAfterDays * DAY).toISOString();
  const stale = (await strapi.db
    .query(TASK)
    .findMany({ where: { ...held, dueAt: { $lt: cutoff } }, select: ['documentId'] })) as {
    documentId: string;
  }[];
  const { tableName } = strapi.db.metadata.get(TASK);
  let released = 0;
  for (const t of stale) {
    await strapi.db.transaction(async ({ trx }) => {
      const moved = await trx(tableName)
        .where({ document_id: t.documentId })
        .whereIn('status', ['claimed', 'rejected'])
        .update({ status: 'listed' });
      if (!moved) return;
      released += 1;
      await strapi.documents(TASK).update({
        documentId: t.documentId,
        data: {
          claimantMember: null,
          claimantUnit: null,
          claimedAt: null,
          dueAt: null,
          isOverdue: false,
        } as never,
      });
      await audit(strapi, 'tasks', 'release', t.documentId, { status: 'listed' });
    });
  }
  return { flagged: late.length, released };
}

/** Published score tables whose objection window has closed with no objection open become final. */
export async function finalizeDue(strapi: Core.Strapi, now: Date): Promise<number> {
  const due = (await strapi.db.query(SCORES).findMany({
    where: { status: 'published', objectionDeadline: { $lt: now.toISOString() } },
    select: ['documentId'],
  })) as { documentId: string }[];
  const { tableName } = strapi.db.metadata.get(SCORES);
  let done = 0;
  for (const p of due) {
    const open = await strapi.db.query('api::objection.objection').count({
      where: { publication: { documentId: p.documentId }, status: 'open' },
    });
    if (Number(open) > 0) continue;
    await strapi.db.transaction(async ({ trx }) => {
      const moved = await trx(tableName)
        .where({ document_id: p.documentId, status: 'published' })
        .update({ status: 'final' });
      if (!moved) return;
      done += 1;
      await strapi
        .documents(SCORES)
        .update({ documentId: p.documentId, data: { finalizedAt: now.toISOString() } as never });
      await audit(strapi, 'score-publications', 'finalize', p.documentId, { status: 'final' });
    });
  }
  return done;
}

type Job = {
  task: (args: { strapi: Core.Strapi }) => Promise<unknown>;
  options: { rule: string; tz: string };
};

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
