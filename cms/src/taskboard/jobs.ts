/**
 * What the board's scheduled tasks do between postings (the table of when: cms/config/cron-tasks.ts):
 * overdue claims flagged and released, score tables finalised, and the period just ended.
 */
import type { Core } from '@strapi/strapi';
import { addDays, localParts, rules } from '@yanzhen/config';
import { panelOf } from '../panel/context';

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
  // The finalize action's `allows` keeps a table with an objection still open.
  for (const p of due)
    if (await actions.bySystem('score-publications', p.documentId, 'finalize', now)) done += 1;
  return done;
}
