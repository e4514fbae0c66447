/**
 * The monthly payroll: every on-duty worker's pay from the year's approved table, kept as a snapshot —
 * it stays the same when the table later changes. Drafted by staff, approved by a supervisor. Each
 * worker's pay is a `payroll-line` row, scoped like the worker's community; the payroll keeps the totals.
 */
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { fen, monthlyPay, rules, type PayLine, type PayTable } from '@yanzhen/config';
import { lockFor } from '../db/lock';
import { PanelError } from '../panel/errors';

const PAYROLL = 'api::payroll.payroll';
export const LINE = 'api::payroll-line.payroll-line';
const WORKER = 'api::worker.worker';
/** Workers read and lines written this many at a time: no statement grows with the district. */
const BATCH = 200;
/** Who is paid: every worker on duty, on trial, acting or seconded. */
export const PAID = { status: { $in: ['active', 'trial', 'acting', 'seconded'] } };

/** A pay-scale row as the pay rules read it: amounts as numbers, the rulebook's rates where none are kept. */
export function payTableOf(row: Record<string, unknown>): PayTable {
  return {
    cells: row.cells as PayTable['cells'],
    cityAverageWage: Number(row.cityAverageWage),
    seniorityPerYear: Number(row.seniorityPerYear),
    seniorityCap: Number(row.seniorityCap),
    qualificationAllowances: (row.qualificationAllowances ??
      rules.pay.qualificationAllowance) as PayTable['qualificationAllowances'],
    rates: (row.rates ?? rules.pay.rates) as PayTable['rates'],
  };
}

const TOTALS = [
  'base',
  'seniority',
  'qualification',
  'gross',
  'personal',
  'net',
  'employer',
  'cost',
] as const;
export type Totals = Record<(typeof TOTALS)[number], number>;

interface OnDuty {
  id: number;
  documentId: string;
  name: string;
  position: string;
  postTier: number;
  payLevel: number;
  hireDate: string | null;
  qualification: Parameters<typeof monthlyPay>[0]['qualification'];
  community: { id: number } | null;
}

function lineOf(w: OnDuty, pay: PayLine, month: string) {
  return {
    documentId: randomUUID().replace(/-/g, '').slice(0, 24),
    month,
    name: w.name,
    position: w.position,
    postTier: w.postTier,
    payLevel: w.payLevel,
    base: pay.base,
    seniorityYears: pay.seniorityYears,
    seniority: pay.seniority,
    qualification: pay.qualification,
    gross: pay.gross,
    personal: pay.personal,
    personalTotal: pay.personal.total,
    net: pay.net,
    employer: pay.employer,
    employerTotal: pay.employer.total,
    cost: pay.cost,
  };
}

/** Link rows for a batch of new lines, written straight into the relation's join table. */
async function link(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  attribute: string,
  pairs: [number, number][],
) {
  if (pairs.length === 0) return;
  const { joinTable } = strapi.db.metadata.get(LINE).attributes[attribute] as unknown as {
    joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
  };
  const rows = pairs.map(([line, target]) => ({
    [joinTable.joinColumn.name]: line,
    [joinTable.inverseJoinColumn.name]: target,
  }));
  await trx.insert(rows).into(joinTable.name);
}

interface Draft {
  trx: Knex.Transaction;
  payroll: number;
  month: string;
  table: PayTable;
  totals: Totals;
}

async function writeBatch(
  strapi: Core.Strapi,
  { trx, payroll, month, table, totals }: Draft,
  workers: OnDuty[],
) {
  const lines = workers.map((w) => {
    const pay = monthlyPay(w, table, month);
    for (const k of TOTALS) totals[k] += k === 'personal' || k === 'employer' ? pay[k].total : pay[k];
    return lineOf(w, pay, month);
  });
  await strapi.db.query(LINE).createMany({ data: lines });
  const ids = (await strapi.db.query(LINE).findMany({
    where: { documentId: { $in: lines.map((l) => l.documentId) } },
    select: ['id', 'documentId'],
  })) as { id: number; documentId: string }[];
  const idOf = new Map(ids.map((r) => [r.documentId, r.id]));
  const pairs = (pick: (w: OnDuty) => number | undefined) =>
    workers.flatMap((w, i): [number, number][] => {
      const target = pick(w);
      const line = idOf.get(lines[i].documentId);
      return target && line ? [[line, target]] : [];
    });
  await link(
    strapi,
    trx,
    'payroll',
    pairs(() => payroll),
  );
  await link(
    strapi,
    trx,
    'worker',
    pairs((w) => w.id),
  );
  await link(
    strapi,
    trx,
    'community',
    pairs((w) => w.community?.id),
  );
}

/** A unique violation of payroll.month: another instance drafted the same month at the same moment. */
const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; message?: string };
  return err.code === '23505' || /UNIQUE constraint failed/.test(String(err.message));
};

async function draftInTransaction(strapi: Core.Strapi, trx: Knex.Transaction, month: string) {
  const year = Number(month.slice(0, 4));
  const row = (await strapi.db
    .query('api::pay-scale.pay-scale')
    .findOne({ where: { year, status: 'approved' } })) as Record<string, unknown> | null;
  if (!row) throw new PanelError(409, 'no_approved_table', { year });
  const table = payTableOf(row);
  // Two drafts of one month, even from two server instances, take turns: the second rewrites the first.
  await lockFor(strapi, `payroll:${month}`);
  const existing = (await strapi.db
    .query(PAYROLL)
    .findOne({ where: { month }, select: ['id', 'documentId', 'status'] })) as {
    id: number;
    documentId: string;
    status: string;
  } | null;
  if (existing?.status === 'approved') throw new PanelError(409, 'payroll_frozen', { month });
  const data = { month, payScale: String(row.documentId) };
  const doc = (existing
    ? await strapi.documents(PAYROLL).update({ documentId: existing.documentId, data })
    : await strapi.documents(PAYROLL).create({ data: { ...data, status: 'draft' } })) as unknown as {
    id: number;
    documentId: string;
  };
  await strapi.db.query(LINE).deleteMany({ where: { payroll: { id: doc.id } } });
  const totals = Object.fromEntries(TOTALS.map((k) => [k, 0])) as Totals;
  let headcount = 0;
  for (let after = 0; ; ) {
    const workers = (await strapi.db.query(WORKER).findMany({
      where: { id: { $gt: after }, ...PAID },
      select: ['id', 'documentId', 'name', 'position', 'postTier', 'payLevel', 'hireDate', 'qualification'],
      populate: { community: { select: ['id'] } },
      orderBy: { id: 'asc' },
      limit: BATCH,
    })) as OnDuty[];
    if (workers.length === 0) break;
    await writeBatch(strapi, { trx, payroll: doc.id, month, table, totals }, workers);
    headcount += workers.length;
    after = workers[workers.length - 1].id;
  }
  const rounded = Object.fromEntries(TOTALS.map((k) => [k, fen(totals[k])])) as Totals;
  await strapi.db.query(PAYROLL).update({ where: { id: doc.id }, data: { headcount, totals: rounded } });
  return { payroll: doc.documentId, headcount };
}

export async function draftPayroll(
  strapi: Core.Strapi,
  month: string,
): Promise<{ payroll: string; headcount: number }> {
  try {
    return await strapi.db.transaction(({ trx }) => draftInTransaction(strapi, trx, month));
  } catch (e) {
    if (isUniqueViolation(e)) throw new PanelError(409, 'payroll_busy', { month });
    throw e;
  }
}
