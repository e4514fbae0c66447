/** Appraisal scores the tests enter: a year adding up to a given total, and the scores a clerk types. */
import { fullMarks, rules, type Scores } from '@yanzhen/config';

/** Item scores adding up to `total`: full marks, less the shortfall taken from the first items. */
export function scoresTotalling(total: number): Scores {
  const full = fullMarks();
  let short = Math.round((100 - total) * 100) / 100;
  return Object.fromEntries(
    rules.appraisal.items.map(({ key }) => {
      const take = Math.min(full[key], short);
      short = Math.round((short - take) * 100) / 100;
      return [key, Math.round((full[key] - take) * 100) / 100];
    }),
  ) as Scores;
}

/** A year a clerk types into the form: 92, excellent unless a condition caps it. */
export const TYPED_SCORES: Scores = {
  duty: 28,
  attendance: 14,
  excellence: 14,
  satisfaction: 14,
  learning: 9,
  integrity: 9,
  taskBoard: 4,
};
