/**
 * The appraisal's total, grade and dismissal flag as the clerk types, by the server's own rule function
 * (from @yanzhen/config, which both import). A preview: the grade saved is the server's.
 */
import { appraise, rules, type Conditions, type Outcome, type Scores } from '@yanzhen/config';

export const ITEMS = rules.appraisal.items;
export const CONDITION_KINDS = ['barsExcellent', 'barsPass', 'dismissal'] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

const keys = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** The outcome of a form's values, or null while an item score is missing or not a number. */
export function previewOutcome(values: Record<string, unknown>): Outcome | null {
  const scores: Partial<Scores> = {};
  for (const item of ITEMS) {
    const raw = values[item.key];
    const n = raw === '' || raw === null || raw === undefined ? NaN : Number(raw);
    if (!Number.isFinite(n)) return null;
    scores[item.key] = n;
  }
  const conditions: Conditions = {
    barsExcellent: keys(values.barsExcellent),
    barsPass: keys(values.barsPass),
    dismissal: keys(values.dismissal),
  };
  return appraise(scores as Scores, conditions);
}
