/**
 * The totals' table itself: made at start-up where it is missing and filled once from the ledger by a
 * GROUP BY in SQL, so an upgraded district ranks as before; and the check that the totals still equal
 * the ledger's sums (the tests run it after every test that writes the ledger).
 */
import type { Core } from '@strapi/strapi';
import { TASKS_DONE } from '@yanzhen/config';
import type { Knex } from 'knex';
import { lockFor } from '../db/lock';
import { MEMBER, tableOf, TOTALS, UNIT } from './totals';

const LEDGER = 'api::points-entry.points-entry';
const COLUMNS = ['quarter', 'holder_key', 'member_row', 'unit_row', 'points', 'tasks', 'entries'];

/** Tasks done of an entry, in SQL: the rulebook's table as a CASE (its numbers are code, not input). */
const TASKS_CASE = `CASE kind ${Object.values(TASKS_DONE)
  .map((n) => `WHEN ? THEN ${Number(n)}`)
  .join(' ')} ELSE 0 END`;

/** The row id of the member or unit a group's holder key names (`member:<documentId>`). */
const rowOf = (trx: Knex, ledger: string, table: string, prefix: string) =>
  trx.raw(
    `(SELECT id FROM ?? WHERE ?? LIKE '${prefix}:%' AND document_id = substr(??, ${prefix.length + 2}))`,
    [table, `${ledger}.holder_key`, `${ledger}.holder_key`],
  );

/** The ledger's sums by quarter and holder, as the totals should hold them. */
function grouped(strapi: Core.Strapi, trx: Knex) {
  const ledger = strapi.db.metadata.get(LEDGER).tableName;
  return trx(ledger)
    .select('quarter', 'holder_key')
    .select({
      member_row: rowOf(trx, ledger, tableOf(strapi, MEMBER), 'member'),
      unit_row: rowOf(trx, ledger, tableOf(strapi, UNIT), 'unit'),
    })
    .sum({ points: 'points' })
    .select(trx.raw(`SUM(${TASKS_CASE}) AS tasks`, Object.keys(TASKS_DONE)))
    .count({ entries: '*' })
    .whereNotNull('holder_key')
    .groupBy('quarter', 'holder_key');
}

/** Creates and fills the table if it is missing; answers how many totals it filled (null: it was there). */
export async function ensureTotals(strapi: Core.Strapi): Promise<number | null> {
  return strapi.db.transaction(async ({ trx }) => {
    // Several instances starting on one PostgreSQL: one builds, the others wait and find it built.
    await lockFor(strapi, TOTALS);
    if (await trx.schema.hasTable(TOTALS)) return null;
    await trx.schema.createTable(TOTALS, (t: Knex.CreateTableBuilder) => {
      t.string('quarter', 7).notNullable();
      t.string('holder_key').notNullable();
      t.integer('member_row').nullable();
      t.integer('unit_row').nullable();
      t.integer('points').notNullable();
      t.integer('tasks').notNullable();
      t.integer('entries').notNullable();
      t.primary(['quarter', 'holder_key']);
    });
    // The ranking's order, so a quarter reads sorted from the index.
    await trx.raw('CREATE INDEX ?? ON ?? (quarter, points DESC, tasks DESC, holder_key)', [
      `${TOTALS}_rank_idx`,
      TOTALS,
    ]);
    const select = grouped(strapi, trx).toSQL();
    await trx.raw(`INSERT INTO ?? (${COLUMNS.map(() => '??').join(', ')}) ${select.sql}`, [
      TOTALS,
      ...COLUMNS,
      ...select.bindings,
    ]);
    const [{ n }] = (await trx(TOTALS).count({ n: '*' })) as { n: number | string }[];
    return Number(n);
  });
}

export interface Drift {
  quarter: string;
  holder: string;
  ledger: { points: number; tasks: number; entries: number } | null;
  totals: { points: number; tasks: number; entries: number } | null;
}

type DriftRow = Record<'quarter' | 'holder_key', string> &
  Record<'gp' | 'gt' | 'ge' | 'tp' | 'tt' | 'te', number | string | null>;

const side = (p: unknown, t: unknown, e: unknown) =>
  e === null ? null : { points: Number(p), tasks: Number(t), entries: Number(e) };

/** Where the totals and the ledger's sums disagree (at most `limit` of each kind); empty when they agree. */
export async function totalsDrift(strapi: Core.Strapi, limit = 20): Promise<Drift[]> {
  const rows = (await strapi.db.transaction(async ({ trx }) => {
    const g = grouped(strapi, trx).as('g');
    const on = function (this: Knex.JoinClause) {
      this.on('t.quarter', 'g.quarter').andOn('t.holder_key', 'g.holder_key');
    };
    const both = [
      'g.points as gp',
      'g.tasks as gt',
      'g.entries as ge',
      't.points as tp',
      't.tasks as tt',
      't.entries as te',
    ];
    const wrong = await trx
      .from(g)
      .leftJoin(`${TOTALS} as t`, on)
      .select('g.quarter', 'g.holder_key', ...both)
      .whereNull('t.holder_key')
      .orWhereRaw('t.points <> g.points OR t.tasks <> g.tasks OR t.entries <> g.entries')
      .limit(limit);
    const extra = await trx(`${TOTALS} as t`)
      .leftJoin(g, on)
      .select('t.quarter', 't.holder_key', ...both)
      .whereNull('g.holder_key')
      .limit(limit);
    return [...wrong, ...extra];
  })) as DriftRow[];
  return rows.map((r) => ({
    quarter: r.quarter,
    holder: r.holder_key,
    ledger: side(r.gp, r.gt, r.ge),
    totals: side(r.tp, r.tt, r.te),
  }));
}
