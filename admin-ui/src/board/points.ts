/** A holder's points from the ledger: the total and each quarter's, latest quarter first. */
import type { RaRecord } from 'react-admin';

export interface PointsSummary {
  total: number;
  quarters: { quarter: string; points: number }[];
  /** Awards less reversals: tasks that count as done. */
  tasksDone: number;
}

export function summarise(entries: RaRecord[]): PointsSummary {
  const by = new Map<string, number>();
  let total = 0;
  let tasksDone = 0;
  for (const e of entries) {
    const points = Number(e.points) || 0;
    total += points;
    by.set(String(e.quarter), (by.get(String(e.quarter)) ?? 0) + points);
    tasksDone += e.kind === 'award' ? 1 : e.kind === 'reversal' ? -1 : 0;
  }
  const quarters = [...by.entries()]
    .map(([quarter, points]) => ({ quarter, points }))
    .sort((a, b) => (a.quarter < b.quarter ? 1 : -1));
  return { total, quarters, tasksDone };
}
