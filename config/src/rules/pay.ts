/**
 * 四岗八级 pay (DESIGN.md §5): monthly base by post and level, seniority allowance per completed year of
 * service (capped), a qualification allowance; employer and personal contributions from the table's
 * rates. Every amount is rounded to the fen.
 */
import { pay, type InsuranceKind, type PostTier, type Qualification, type Rate } from '../pay';
import { isCalendarDate } from './dates';

export interface PayTable {
  /** Monthly base pay: cells[post][level - 1]. */
  cells: Record<string, number[]>;
  cityAverageWage: number;
  seniorityPerYear: number;
  seniorityCap: number;
  qualificationAllowances: Record<Qualification, number>;
  rates: Record<InsuranceKind, Rate>;
}

export interface Payee {
  postTier: number;
  payLevel: number;
  hireDate: string | null;
  qualification: Qualification;
}

export interface PayLine {
  base: number;
  seniorityYears: number;
  seniority: number;
  qualification: number;
  gross: number;
  personal: Record<InsuranceKind, number> & { total: number };
  net: number;
  employer: Record<InsuranceKind, number> & { total: number };
  cost: number;
}

export const fen = (x: number): number => Math.round((x + Math.sign(x) * Number.EPSILON) * 100) / 100;

const POSTS = pay.posts.map((p) => String(p.tier));
const KINDS: InsuranceKind[] = ['pension', 'medical', 'unemployment', 'injury', 'maternity', 'housingFund'];

/** Problems with the shape of the grid: four posts of eight positive monthly amounts. */
export function cellProblems(cells: unknown): string[] {
  if (typeof cells !== 'object' || cells === null || Array.isArray(cells)) return ['cells'];
  const grid = cells as Record<string, unknown>;
  return POSTS.flatMap((post) => {
    const row = grid[post];
    if (!Array.isArray(row) || row.length !== pay.levels) return [`post ${post}`];
    return row.some((v) => typeof v !== 'number' || !Number.isFinite(v) || v <= 0) ? [`post ${post}`] : [];
  });
}

/** Cells whose yearly base (monthly × 12) is below the city average wage of the table's year. */
export function belowFloor(
  t: Pick<PayTable, 'cells' | 'cityAverageWage'>,
): { post: number; level: number; monthly: number }[] {
  return POSTS.flatMap((post) =>
    (t.cells[post] ?? []).flatMap((monthly, i) =>
      monthly * 12 < t.cityAverageWage ? [{ post: Number(post), level: i + 1, monthly }] : [],
    ),
  );
}

/** Completed years of service on a day (`YYYY-MM-DD`), from the hire date. */
export function yearsOfService(hireDate: string | null, on: string): number {
  if (!hireDate || !isCalendarDate(hireDate)) return 0;
  const [hy, hm, hd] = hireDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  const years = y - hy - (m < hm || (m === hm && d < hd) ? 1 : 0);
  return Math.max(0, years);
}

/** The monthly base of a post and level, or undefined where the table has no such cell. */
export const cellOf = (
  t: Pick<PayTable, 'cells'>,
  p: Pick<Payee, 'postTier' | 'payLevel'>,
): number | undefined => t.cells[String(p.postTier as PostTier)]?.[p.payLevel - 1];

/** One worker's pay for a month, seniority counted on the month's last day. */
export function monthlyPay(p: Payee, t: PayTable, month: string): PayLine {
  const base = cellOf(t, p);
  if (base === undefined) throw new RangeError(`no pay cell for post ${p.postTier} level ${p.payLevel}`);
  const [y, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const seniorityYears = yearsOfService(p.hireDate, lastDay);
  const seniority = fen(Math.min(t.seniorityCap, seniorityYears * t.seniorityPerYear));
  const qualification = fen(t.qualificationAllowances[p.qualification] ?? 0);
  const gross = fen(base + seniority + qualification);
  const share = (side: keyof Rate) => {
    const parts = Object.fromEntries(KINDS.map((k) => [k, fen(gross * (t.rates[k]?.[side] ?? 0))])) as Record<
      InsuranceKind,
      number
    >;
    return { ...parts, total: fen(KINDS.reduce((s, k) => s + parts[k], 0)) };
  };
  const personal = share('personal');
  const employer = share('employer');
  return {
    base: fen(base),
    seniorityYears,
    seniority,
    qualification,
    gross,
    personal,
    net: fen(gross - personal.total),
    employer,
    cost: fen(gross + employer.total),
  };
}
