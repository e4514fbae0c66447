import type { RoleType } from '../roles/matrix';

/** Where an account may act: the whole district, one town, or one community (ids are documentIds). */
export type Scope =
  | { level: 'district' }
  | { level: 'town'; townId: string; name: string }
  | { level: 'community'; communityId: string; townId: string | null; name: string };

/** The account behind a request, with what it may do. */
export interface Viewer {
  id: number;
  username: string;
  role: RoleType | null;
  roleId: number;
  scope: Scope;
  /** The party member this account is, for the `member` role. */
  memberId: string | null;
  /** The partner unit this account speaks for, for the `unit` role. */
  unitId: string | null;
  permissions: ReadonlySet<string>;
  /** Set while an import writes its rows: each row's audit entry names the import job. */
  importJob?: string;
}

/** Staff and supervisors are bound by their scope; the other roles by what is theirs. */
export const isScoped = (v: Viewer): boolean =>
  (v.role === 'staff' || v.role === 'supervisor') && v.scope.level !== 'district';

/** Whole ID numbers and phones are for staff and supervisors, and only on one record, never in lists. */
export const mayReveal = (v: Viewer): boolean => v.role === 'staff' || v.role === 'supervisor';

/** The scheduler, when a job takes a workflow's step (a release, a finalisation): no role, the whole district. */
export const SYSTEM: Viewer = {
  id: 0,
  username: 'system',
  role: null,
  roleId: 0,
  scope: { level: 'district' },
  memberId: null,
  unitId: null,
  permissions: new Set(),
};
