/** What the viewer may do, from the schema's `can` flags and the workflow actions `/me` lists. */
import type { Crud, Panel } from '@yanzhen/config';

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
