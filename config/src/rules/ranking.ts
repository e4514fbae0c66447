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
export type Total = {
  holder: string;
  name: string;
  points: number;
  tasksDone: number;
};

/** A type, not an interface: a ranking is then a JSON value, as the score table's json field takes it. */
export type Standing = Total & {
  /** Competition ranking: equal holders share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
};

/**
 * What an entry does to its holder's tasks done: an award counts the task, a reversal takes it back, an
 * adjustment moves points only. The server's SQL (the totals' backfill) is written from this table.
 */
export const TASKS_DONE: Readonly<Record<LedgerEntry['kind'], number>> = {
  award: 1,
  reversal: -1,
  adjustment: 0,
};

/** Totals per holder, in order of holder key. */
export function totalsOf(entries: readonly LedgerEntry[]): Total[] {
  const by = new Map<string, Total>();
  for (const e of entries) {
    const t = by.get(e.holder) ?? { holder: e.holder, name: e.name, points: 0, tasksDone: 0 };
    t.points += e.points;
    t.tasksDone += TASKS_DONE[e.kind];
    by.set(e.holder, t);
  }
  return [...by.values()].sort((a, b) => (a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : 0));
}

/**
 * Rank totals given in order of holder key (as the ledger query returns them): the sort is stable, so
 * equal holders stay in that order. Built for 50,000 holders in a few tens of milliseconds.
 */
export function rankTotals(totals: readonly Total[]): Standing[] {
  const rows = [...totals].sort((a, b) => b.points - a.points || b.tasksDone - a.tasksDone);
  const out: Standing[] = new Array(rows.length);
  let rank = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i];
    const prev = rows[i - 1];
    if (!prev || prev.points !== r.points || prev.tasksDone !== r.tasksDone) rank = i + 1;
    out[i] = { holder: r.holder, name: r.name, points: r.points, tasksDone: r.tasksDone, rank };
  }
  return out;
}

export const rankQuarter = (entries: readonly LedgerEntry[]): Standing[] => rankTotals(totalsOf(entries));
