/**
 * What the viewer may do: on a resource, from the schema's `can` flags and the workflow actions `/me`
 * lists; on one record, from the `_can` the server sends with it.
 */
import type { Crud, Panel, RecordOffers } from '@yanzhen/config';

/** react-admin's action names and the panel's. */
const CRUD_OF: Record<string, Crud> = {
  list: 'find',
  export: 'find',
  show: 'findOne',
  read: 'findOne',
  create: 'create',
  clone: 'create',
  edit: 'update',
  delete: 'delete',
};

export function canDo(panel: Panel | null | undefined, resource: string, action: string): boolean {
  const r = panel?.schema.resources.find((x) => x.name === resource);
  if (!panel || !r) return false;
  const crud = CRUD_OF[action];
  if (crud) return r.can[crud];
  return panel.me.permissions[resource]?.includes(action) ?? false;
}

/** Whether the server would accept `action` (update, delete or a step) on this record now. */
export function offers(record: Record<string, unknown> | undefined, action: string): boolean {
  const can = record?._can as RecordOffers | undefined;
  return Array.isArray(can) && can.includes(action);
}
