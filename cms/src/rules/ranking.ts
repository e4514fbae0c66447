/** The quarterly score table: holders ranked by the quarter's points, ties broken by tasks done. */

export interface LedgerEntry {
  /** `member:<id>` or `unit:<id>`. */
  holder: string;
  name: string;
  points: number;
  kind: 'award' | 'reversal' | 'adjustment';
  task: string | null;
}

/** A holder's quarter: points, and tasks done (awards less reversals). */
export interface Total {
  holder: string;
  name: string;
  points: number;
  tasksDone: number;
}

export interface Standing extends Total {
  /** Competition ranking: equal holders share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
}

export function totalsOf(entries: readonly LedgerEntry[]): Total[] {
  const by = new Map<string, Total>();
  for (const e of entries) {
    const t = by.get(e.holder) ?? { holder: e.holder, name: e.name, points: 0, tasksDone: 0 };
    t.points += e.points;
    t.tasksDone += e.kind === 'award' ? 1 : e.kind === 'reversal' ? -1 : 0;
    by.set(e.holder, t);
  }
  return [...by.values()];
}

export function rankTotals(totals: readonly Total[]): Standing[] {
  const rows = [...totals].sort(
    (a, b) => b.points - a.points || b.tasksDone - a.tasksDone || a.holder.localeCompare(b.holder),
  );
  let rank = 0;
  return rows.map((row, i) => {
    const prev = rows[i - 1];
    if (!prev || prev.points !== row.points || prev.tasksDone !== row.tasksDone) rank = i + 1;
    return { ...row, rank };
  });
}

export const rankQuarter = (entries: readonly LedgerEntry[]): Standing[] => rankTotals(totalsOf(entries));
