/**
 * Per-quarter totals by holder — (quarter, holder) → points, tasks done, entries — kept in the same
 * transaction as each ledger entry, so the quarterly table reads one row per holder instead of summing the
 * ledger (issue 14). A plain table the server owns (`totals-table.ts` makes it): no content type, so no
 * route, panel resource or admin screen can write it.
 */
import type { Core } from '@strapi/strapi';
import { TASKS_DONE, type Total } from '@yanzhen/config';
import { onWrite, type Next } from '../db/on-write';

export const TOTALS = 'points_totals';
const LEDGER = 'api::points-entry.points-entry';
export const MEMBER = 'api::party-member.party-member';
export const UNIT = 'api::partner-unit.partner-unit';

export const tableOf = (strapi: Core.Strapi, uid: typeof MEMBER | typeof UNIT) =>
  strapi.db.metadata.get(uid).tableName;

/** The member's or unit's documentId a holder key names (`member:<id>`, `unit:<id>`). */
export function holderIds(key: string): { member_id: string | null; unit_id: string | null } {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  return {
    member_id: kind === 'member' && id ? id : null,
    unit_id: kind === 'unit' && id ? id : null,
  };
}

/** A ledger entry as stored: what its total moves by. */
export interface Appended {
  quarter: string;
  holderKey?: string | null;
  points: number;
  kind: keyof typeof TASKS_DONE;
}

/** Adds an entry to its holder's quarter: one upsert, in the caller's transaction. */
export async function addToTotals(strapi: Core.Strapi, e: Appended): Promise<void> {
  // The ranking has always left out entries without a holder; so do the totals.
  if (!e.holderKey) return;
  const { member_id, unit_id } = holderIds(e.holderKey);
  await strapi.db.transaction(({ trx }) =>
    trx(TOTALS)
      .insert({
        quarter: e.quarter,
        holder_key: e.holderKey,
        // The holder's row id, as Strapi's own relations link rows: the names' join is then by primary key.
        member_row: trx.raw('(SELECT id FROM ?? WHERE document_id = ?)', [
          tableOf(strapi, MEMBER),
          member_id,
        ]),
        unit_row: trx.raw('(SELECT id FROM ?? WHERE document_id = ?)', [tableOf(strapi, UNIT), unit_id]),
        points: Number(e.points),
        tasks: TASKS_DONE[e.kind] ?? 0,
        entries: 1,
      })
      .onConflict(['quarter', 'holder_key'])
      .merge(
        Object.fromEntries(
          (['points', 'tasks', 'entries'] as const).map((c) => [
            c,
            trx.raw('?? + excluded.??', [`${TOTALS}.${c}`, c]),
          ]),
        ),
      ),
  );
}

/**
 * Every entry created, through whatever door, adds to its total before its transaction commits: what was
 * written (the create's data, once the create has passed), whichever fields the caller asked back.
 */
export const ledgerTotals = onWrite(LEDGER, ['create'], async ({ strapi, data }, next) => {
  const created = await strapi.db.transaction(async () => {
    const entry = await next();
    await addToTotals(strapi, data as unknown as Appended);
    return entry;
  });
  return created as Awaited<ReturnType<Next>>;
});

type Row = { holder_key: string; name?: string | null; points: number | string; tasks: number | string };
const toTotal = (r: Row): Total => ({
  holder: r.holder_key,
  name: r.name ?? '',
  points: Number(r.points),
  tasksDone: Number(r.tasks),
});

/**
 * One quarter's totals, best first and then by holder key (as `rankTotals` keeps ties), with each holder's
 * name by join when `names`. Inside a transaction (an upheld objection re-ranks) on its connection.
 */
export async function quarterTotalsOf(
  strapi: Core.Strapi,
  quarter: string,
  names: boolean,
): Promise<Total[]> {
  const rows = (await strapi.db.transaction(({ trx }) => {
    const q = trx(`${TOTALS} as t`)
      .select('t.holder_key', 't.points', 't.tasks')
      .where('t.quarter', quarter)
      .orderBy([
        { column: 't.points', order: 'desc' },
        { column: 't.tasks', order: 'desc' },
        { column: 't.holder_key', order: 'asc' },
      ]);
    if (!names) return q;
    return q
      .leftJoin(`${tableOf(strapi, MEMBER)} as m`, 'm.id', 't.member_row')
      .leftJoin(`${tableOf(strapi, UNIT)} as u`, 'u.id', 't.unit_row')
      .select(trx.raw('COALESCE(m.name, u.name) AS name'));
  })) as Row[];
  return rows.map(toTotal);
}

/** A year's totals by holder, in order of holder key: its four quarters added up in SQL. */
export async function yearTotalsOf(strapi: Core.Strapi, year: number): Promise<Total[]> {
  const rows = (await strapi.db.transaction(({ trx }) =>
    trx(TOTALS)
      .select('holder_key')
      .sum({ points: 'points', tasks: 'tasks' })
      .whereIn(
        'quarter',
        [1, 2, 3, 4].map((q) => `${year}-Q${q}`),
      )
      .groupBy('holder_key')
      .orderBy('holder_key'),
  )) as Row[];
  return rows.map(toTotal);
}

/** What a few holders (the party members one worker is) scored in a year: their quarters' totals summed in SQL. */
export async function yearPointsOf(strapi: Core.Strapi, holders: string[], year: number): Promise<number> {
  const [row] = (await strapi.db.transaction(({ trx }) =>
    trx(TOTALS)
      .sum({ points: 'points' })
      .whereIn('holder_key', holders)
      .whereIn(
        'quarter',
        [1, 2, 3, 4].map((q) => `${year}-Q${q}`),
      ),
  )) as { points: number | string | null }[];
  return Number(row?.points ?? 0);
}
