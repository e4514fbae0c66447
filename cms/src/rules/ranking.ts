/** The quarterly score table: holders ranked by the quarter's points, ties broken by tasks done. */

export interface LedgerEntry {
  /** `member:<id>` or `unit:<id>`. */
  holder: string;
  name: string;
  points: number;
  kind: 'award' | 'reversal' | 'adjustment';
  task: string | null;
}

export interface Standing {
  holder: string;
  name: string;
  points: number;
  tasksDone: number;
  /** Competition ranking: equal holders share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
}

export function rankQuarter(entries: readonly LedgerEntry[]): Standing[] {
  const by = new Map<string, { name: string; points: number; tasks: Map<string, number> }>();
  for (const e of entries) {
    const h = by.get(e.holder) ?? { name: e.name, points: 0, tasks: new Map<string, number>() };
    h.points += e.points;
    if (e.task && e.kind !== 'adjustment')
      h.tasks.set(e.task, (h.tasks.get(e.task) ?? 0) + (e.kind === 'award' ? 1 : -1));
    by.set(e.holder, h);
  }
  const rows = [...by.entries()].map(([holder, h]) => ({
    holder,
    name: h.name,
    points: h.points,
    tasksDone: [...h.tasks.values()].filter((n) => n > 0).length,
  }));
  rows.sort((a, b) => b.points - a.points || b.tasksDone - a.tasksDone || a.holder.localeCompare(b.holder));
  return rows.map((row, i) => {
    const first = rows.findIndex((r) => r.points === row.points && r.tasksDone === row.tasksDone);
    return { ...row, rank: first === -1 ? i + 1 : first + 1 };
  });
}
