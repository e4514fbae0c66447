/** The board's columns: one per task status, in the order a task moves through them. */
import type { RaRecord } from 'react-admin';
import { suits, type Role } from '@yanzhen/config';

export const STATUSES = [
  'collected',
  'triaged',
  'listed',
  'claimed',
  'submitted',
  'rejected',
  'approved',
  'withdrawn',
] as const;
export type TaskStatus = (typeof STATUSES)[number];

/** Members and units see the posted board and their own claims: collecting, triage and withdrawals are the desk's. */
const CLAIMANT_STATUSES: TaskStatus[] = ['listed', 'claimed', 'submitted', 'rejected', 'approved'];

export const columnsFor = (role: Role | null): TaskStatus[] =>
  role === 'member' || role === 'unit' ? CLAIMANT_STATUSES : [...STATUSES];

/** Tasks by column, each column keeping the order the tasks came in. */
export function byStatus(tasks: RaRecord[], columns: TaskStatus[]): Map<TaskStatus, RaRecord[]> {
  const out = new Map<TaskStatus, RaRecord[]>(columns.map((c) => [c, []]));
  for (const t of tasks) out.get(t.status as TaskStatus)?.push(t);
  return out;
}

/** Columns of finished work grow every week: the board shows their latest few and links to the rest. */
export const LATEST: Partial<Record<TaskStatus, number>> = { approved: 5, withdrawn: 5 };

/** The tasks a column shows (newest first, as they came) and how many it leaves to the full list. */
export function shownIn(status: TaskStatus, tasks: RaRecord[]): { shown: RaRecord[]; more: number } {
  const cap = LATEST[status];
  if (cap === undefined || tasks.length <= cap) return { shown: tasks, more: 0 };
  return { shown: tasks.slice(0, cap), more: tasks.length - cap };
}

/** The tasks list filtered to one status: where a column's "all" link goes. */
export const listOf = (status: TaskStatus): string =>
  `/tasks?filter=${encodeURIComponent(JSON.stringify({ status }))}`;

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/**
 * 适合我: the small tasks on the board a member may claim that ask for what they can do or lie in their
 * own compound (the rulebook's `suits`, as the server's matching counts them).
 */
export function suitingTasks(tasks: RaRecord[], member: RaRecord | undefined): Set<RaRecord['id']> {
  if (!member) return new Set();
  const me = { specialties: ids(member.specialties), compound: (member.compound as string | null) ?? null };
  return new Set(
    tasks
      .filter((t) => t.status === 'listed' && t.tier === 'small')
      .filter((t) =>
        suits(
          {
            specialties: ids(t.specialties),
            community: (t.community as string | null) ?? null,
            compound: (t.compound as string | null) ?? null,
          },
          me,
        ),
      )
      .map((t) => t.id),
  );
}

/** The tasks with those that suit the viewer first, each group in the order it came. */
export const suitingFirst = (tasks: RaRecord[], suiting: Set<RaRecord['id']>): RaRecord[] => [
  ...tasks.filter((t) => suiting.has(t.id)),
  ...tasks.filter((t) => !suiting.has(t.id)),
];
