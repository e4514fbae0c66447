/**
 * The yearly appraisal (DESIGN.md §5): seven item scores make the total; the total makes the grade;
 * conditions cap it or fail it; a dismissal condition recommends dismissal; at most a share of a town's
 * workers may be excellent. The numbers and condition keys are the rulebook's (../appraisal.ts).
 */
import { appraisal, type AppraisalItemKey, type AppraisalRules } from '../appraisal';

export type Grade = 'excellent' | 'pass' | 'basic' | 'fail';
export type Scores = Record<AppraisalItemKey, number>;

export interface Conditions {
  barsExcellent: readonly string[];
  barsPass: readonly string[];
  dismissal: readonly string[];
}

export interface Outcome {
  total: number;
  grade: Grade;
  dismissalRecommended: boolean;
}

/** Every item at its full weight: the scores of a perfect year. */
export const fullMarks = (r: AppraisalRules = appraisal): Scores =>
  Object.fromEntries(r.items.map((i) => [i.key, i.weight])) as Scores;

const cents = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

export function totalOf(scores: Scores, r: AppraisalRules = appraisal): number {
  return cents(r.items.reduce((sum, item) => sum + scores[item.key], 0));
}

export function gradeFromTotal(total: number, r: AppraisalRules = appraisal): Grade {
  if (total >= r.thresholds.excellent) return 'excellent';
  if (total >= r.thresholds.pass) return 'pass';
  if (total >= r.thresholds.basic) return 'basic';
  return 'fail';
}

export function appraise(scores: Scores, c: Conditions, r: AppraisalRules = appraisal): Outcome {
  const total = totalOf(scores, r);
  let grade = gradeFromTotal(total, r);
  if (c.barsPass.length > 0) grade = 'fail';
  else if (c.barsExcellent.length > 0 && grade === 'excellent') grade = 'pass';
  return { total, grade, dismissalRecommended: c.dismissal.length > 0 };
}

/** Condition keys that are not the district's (a typo, or a list from another year's rules). */
export function unknownConditions(
  c: Conditions,
  r: AppraisalRules = appraisal,
): Partial<Record<keyof Conditions, string[]>> {
  const out: Partial<Record<keyof Conditions, string[]>> = {};
  for (const kind of ['barsExcellent', 'barsPass', 'dismissal'] as const) {
    const known = new Set(r[kind].map((x) => x.key));
    const bad = c[kind].filter((k) => !known.has(k));
    if (bad.length) out[kind] = bad;
  }
  return out;
}

/** How many of a town's on-duty workers may be excellent this year. */
export function excellentLimit(headcount: number, r: AppraisalRules = appraisal): number {
  return Math.floor(headcount * r.excellentQuota + 1e-9);
}

/** The 揭榜领单 item proposed from the year's task-board points, to one decimal, at most its weight. */
export function taskBoardProposal(points: number, r: AppraisalRules = appraisal): number {
  const weight = r.items.find((i) => i.key === 'taskBoard')?.weight ?? 0;
  return Math.round(Math.min(1, Math.max(0, points) / r.taskBoardPointsForFull) * weight * 10) / 10;
}
