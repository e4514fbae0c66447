/**
 * The monthly payroll: every on-duty worker's pay from the year's approved table, kept as a snapshot —
 * it stays the same when the table later changes. Drafted by staff, approved by a supervisor.
 */
import type { Core } from '@strapi/strapi';
import { PanelError } from '../panel/errors';
import { fen, monthlyPay, type PayLine, type PayTable } from '../rules/pay';

const PAYROLL = 'api::payroll.payroll';

export interface Line extends PayLine {
  worker: string;
  name: string;
  community: string;
  position: string;
  postTier: number;
  payLevel: number;
}

const TOTALS = ['base', 'seniority', 'qualification', 'gross', 'net', 'cost'] as const;

export function totalsOf(lines: Line[]) {
  const sum = (pick: (l: Line) => number) => fen(lines.reduce((s, l) => s + pick(l), 0));
  return {
    ...Object.fromEntries(TOTALS.map((k) => [k, sum((l) => l[k])])),
    personal: sum((l) => l.personal.total),
    employer: sum((l) => l.employer.total),
  } as Record<(typeof TOTALS)[number] | 'personal' | 'employer', number>;
}

export async function draftPayroll(
  strapi: Core.Strapi,
  month: string,
): Promise<{ payroll: string; headcount: number }> {
  const year = Number(month.slice(0, 4));
  const table = (await strapi.db
    .query('api::pay-scale.pay-scale')
    .findOne({ where: { year, status: 'approved' } })) as (PayTable & { documentId: string }) | null;
  if (!table) throw new PanelError(409, 'no_approved_table', { year });
  const existing = (await strapi.db
    .query(PAYROLL)
    .findOne({ where: { month }, select: ['documentId', 'status'] })) as {
    documentId: string;
    status: string;
  } | null;
  if (existing?.status === 'approved') throw new PanelError(409, 'payroll_frozen', { month });
  const workers = (await strapi.db.query('api::worker.worker').findMany({
    where: { status: { $in: ['active', 'trial', 'acting', 'seconded'] } },
    select: ['documentId', 'name', 'position', 'postTier', 'payLevel', 'hireDate', 'qualification'],
    populate: { community: { select: ['name'] } },
    orderBy: [{ community: { name: 'asc' } }, { name: 'asc' }, { id: 'asc' }],
  })) as (Omit<Line, keyof PayLine | 'worker' | 'community'> & {
    documentId: string;
    hireDate: string | null;
    qualification: Parameters<typeof monthlyPay>[0]['qualification'];
    community: { name: string } | null;
  })[];
  const lines: Line[] = workers.map((w) => ({
    worker: w.documentId,
    name: w.name,
    community: w.community?.name ?? '',
    position: w.position,
    postTier: w.postTier,
    payLevel: w.payLevel,
    ...monthlyPay(w, table, month),
  }));
  const data = { month, payScale: table.documentId, headcount: lines.length, lines, totals: totalsOf(lines) };
  const doc = existing
    ? await strapi.documents(PAYROLL).update({ documentId: existing.documentId, data: data as never })
    : await strapi.documents(PAYROLL).create({ data: { ...data, status: 'draft' } as never });
  return { payroll: (doc as { documentId: string }).documentId, headcount: lines.length };
}
