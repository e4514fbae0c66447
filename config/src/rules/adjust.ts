/**
 * A new pay table from an approved one by a rule (issue 15): every cell (or one post's, one level's, one
 * cell's) up by a percentage or an amount, or every cell raised to the floor of the new table's year.
 */
import { pay } from '../pay';
import { fen } from './pay';

export type Adjustment =
  | { kind: 'percent'; percent: number; post?: number; level?: number }
  | { kind: 'amount'; amount: number; post?: number; level?: number }
  | { kind: 'floor' };

/** The lowest monthly base whose year meets the city average wage, in whole yuan. */
export const floorOf = (cityAverageWage: number): number => Math.ceil(cityAverageWage / 12);

/** The cells after the adjustment; `cityAverageWage` is the new table's, for the floor. */
export function adjustCells(
  cells: Record<string, number[]>,
  adj: Adjustment,
  cityAverageWage: number,
): Record<string, number[]> {
  const change = (monthly: number, post: number, level: number): number => {
    if (adj.kind === 'floor') return Math.max(monthly, floorOf(cityAverageWage));
    if ((adj.post && adj.post !== post) || (adj.level && adj.level !== level)) return monthly;
    return adj.kind === 'percent' ? fen(monthly * (1 + adj.percent / 100)) : fen(monthly + adj.amount);
  };
  return Object.fromEntries(
    Object.entries(cells).map(([post, row]) => [post, row.map((m, i) => change(m, Number(post), i + 1))]),
  );
}

const isInt = (v: unknown, lo: number, hi: number) =>
  Number.isInteger(v) && Number(v) >= lo && Number(v) <= hi;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What is wrong with a rule as sent (the first problem's field), or null with the rule itself. */
export function parseAdjustment(input: unknown): { adjustment: Adjustment } | { problem: string } {
  const r = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (r.kind === 'floor') return { adjustment: { kind: 'floor' } };
  if (r.kind !== 'percent' && r.kind !== 'amount') return { problem: 'kind' };
  if (r.post != null && !isInt(r.post, 1, pay.posts.length)) return { problem: 'post' };
  if (r.level != null && !isInt(r.level, 1, pay.levels)) return { problem: 'level' };
  const where = {
    ...(r.post != null ? { post: Number(r.post) } : {}),
    ...(r.level != null ? { level: Number(r.level) } : {}),
  };
  if (r.kind === 'percent') {
    if (!finite(r.percent) || r.percent <= -100 || r.percent > 100) return { problem: 'percent' };
    return { adjustment: { kind: 'percent', percent: r.percent, ...where } };
  }
  if (!finite(r.amount) || r.amount === 0) return { problem: 'amount' };
  return { adjustment: { kind: 'amount', amount: r.amount, ...where } };
}
