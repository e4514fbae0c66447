/**
 * 绩效考核 — the seven items, grade thresholds, the conditions that bar a grade, the quota. Their texts
 * are in the label catalogs: an item's as the appraisal's field, a condition's under `conditions`.
 */
export type AppraisalItemKey =
  | 'duty'
  | 'attendance'
  | 'excellence'
  | 'satisfaction'
  | 'learning'
  | 'integrity'
  | 'taskBoard';

export interface AppraisalItem {
  key: AppraisalItemKey;
  weight: number;
}

/** A condition; its text is the label catalogs' `conditions[key]`. */
export interface Condition {
  key: string;
}

export interface AppraisalRules {
  items: readonly AppraisalItem[];
  thresholds: { excellent: number; pass: number; basic: number };
  /** Any of these caps the grade at pass (不得评为优秀). */
  barsExcellent: readonly Condition[];
  /** Any of these makes the grade fail (不得评为合格). */
  barsPass: readonly Condition[];
  /** Any of these recommends dismissal (按程序解聘退出). */
  dismissal: readonly Condition[];
  /** Largest share of a town's on-duty workers that may be appraised excellent in one year. */
  excellentQuota: number;
  /** The 揭榜领单 item proposed from a year's task-board points: its full weight at this many points. */
  taskBoardPointsForFull: number;
}

export const appraisal: AppraisalRules = {
  items: [
    { key: 'duty', weight: 30 },
    { key: 'attendance', weight: 15 },
    { key: 'excellence', weight: 15 },
    { key: 'satisfaction', weight: 15 },
    { key: 'learning', weight: 10 },
    { key: 'integrity', weight: 10 },
    { key: 'taskBoard', weight: 5 },
  ],
  thresholds: { excellent: 90, pass: 75, basic: 60 },
  barsExcellent: [{ key: 'E1' }, { key: 'E2' }, { key: 'E3' }],
  barsPass: [{ key: 'P1' }, { key: 'P2' }, { key: 'P3' }, { key: 'P4' }],
  dismissal: [
    { key: 'D1' },
    { key: 'D2' },
    { key: 'D3' },
    { key: 'D4' },
    { key: 'D5' },
    { key: 'D6' },
    { key: 'D7' },
  ],
  excellentQuota: 0.2,
  taskBoardPointsForFull: 50,
};
