/** The appraisal's rules with their texts in one language, for screens that show the rulebook. */
import type { AppraisalRules, Condition } from '../appraisal';
import { catalogs, type Locale } from './catalogs';

/** Items with their labels (the appraisal's fields) and conditions with their texts, keys kept. */
export function labelledAppraisal(a: AppraisalRules, locale: Locale) {
  const c = catalogs[locale];
  const texted = (list: readonly Condition[]) =>
    list.map((x) => ({ ...x, text: c.conditions[x.key] ?? x.key }));
  return {
    ...a,
    items: a.items.map((i) => ({ ...i, label: c.resources.appraisals?.fields[i.key] ?? i.key })),
    barsExcellent: texted(a.barsExcellent),
    barsPass: texted(a.barsPass),
    dismissal: texted(a.dismissal),
  };
}
