/** The board's columns: one per task status, in the order a task moves through them. */
import type { RaRecord } from 'react-admin';
import type { Role } from '@yanzhen/config';

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
