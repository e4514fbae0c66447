/**
 * The points ledger: entries are appended, never changed. An approval appends one `award`, undoing it one
 * `reversal`; each carries a unique key, so a repeated request cannot append twice.
 */
import type { Core } from '@strapi/strapi';
import { localParts, quarterOf, rules } from '@yanzhen/config';

const ENTRY = 'api::points-entry.points-entry';

export interface Holder {
  member: string | null;
  unit: string | null;
}

export const holderKey = (h: Holder) => (h.member ? `member:${h.member}` : `unit:${h.unit}`);

export interface Entry {
  holder: Holder;
  task: string | null;
  points: number;
  kind: 'award' | 'reversal' | 'adjustment';
  reason: string;
  author: number | null;
  at: Date;
  /** The quarter the points count in, when not the quarter of `at` (an adjustment to a published table). */
  quarter?: string;
  /** The entry's unique key, when not `<kind>:<task>:<n>`. */
  key?: string;
}

export async function appendEntry(strapi: Core.Strapi, e: Entry): Promise<void> {
  // How many entries of this kind the task has: a range over the unique entry keys, not a scan of the ledger.
  const prefix = `${e.kind}:${e.task}:`;
  const previous = e.key
    ? 0
    : Number(
        await strapi.db.query(ENTRY).count({ where: { entryKey: { $gte: prefix, $lt: `${prefix}~` } } }),
      );
  await strapi.documents(ENTRY).create({
    data: {
      holderMember: e.holder.member ?? undefined,
      holderUnit: e.holder.unit ?? undefined,
      holderKey: holderKey(e.holder),
      task: e.task ?? undefined,
      points: e.kind === 'reversal' ? -Math.abs(e.points) : e.points,
      kind: e.kind,
      reason: e.reason,
      quarter: e.quarter ?? quarterOf(localParts(e.at, rules.taskBoard.calendar.timeZone).date),
      author: e.author ?? undefined,
      entryKey: e.key ?? `${e.kind}:${e.task}:${previous + 1}`,
    },
  });
}

/** What a task's entries add up to now: what a reversal takes back, whatever the task says today. */
export async function standingPoints(strapi: Core.Strapi, task: string): Promise<number> {
  const rows = (await strapi.db.query(ENTRY).findMany({
    where: { task: { documentId: task }, kind: { $in: ['award', 'reversal'] } },
    // A where through a relation makes Strapi select DISTINCT: without the id, two equal awards count once.
    select: ['id', 'points'],
  })) as { points: number }[];
  return rows.reduce((sum, r) => sum + Number(r.points), 0);
}
