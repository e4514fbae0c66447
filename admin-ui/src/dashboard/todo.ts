/** What waits for each role: records in a state only that role moves on (DESIGN.md §1 and §5). */
import type { Role } from '@yanzhen/config';

export interface Queue {
  resource: string;
  /** The state field and the value that means "waiting for you". */
  field: string;
  value: string;
}

const q = (resource: string, value: string, field = 'status'): Queue => ({ resource, field, value });

export const TODO: Record<Role, Queue[]> = {
  supervisor: [
    q('tasks', 'submitted'),
    q('secondments', 'tested'),
    q('promotions', 'proposed'),
    q('appraisals', 'draft'),
    q('objections', 'open'),
    q('commendations', 'proposed'),
  ],
  staff: [q('tasks', 'collected'), q('secondments', 'applied')],
  publicity: [],
  member: [q('tasks', 'listed'), q('tasks', 'claimed')],
  unit: [q('tasks', 'listed'), q('tasks', 'claimed')],
};
