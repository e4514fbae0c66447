/**
 * Permission, scope and ownership for one request: what the viewer may do to a resource, and the filter
 * that keeps reads and writes inside what is theirs.
 */
import type { Core } from '@strapi/strapi';
import { PanelError } from './errors';
import type { MessageCode } from './messages';
import type { Resource } from './model';
import type { Where } from './query';
import type { Registry } from './registry';
import { COMMUNITY, ownWhere, scopeWhere, type Reach } from './scope';
import { isScoped, type Viewer } from './viewer';

export type CrudAction = 'find' | 'findOne' | 'create' | 'update' | 'delete';

/** The Users & Permissions action for a resource: `api::worker.worker.find` (single types have no findOne). */
export const permissionName = (resource: Resource, action: string): string =>
  `${resource.uid}.${resource.kind === 'singleType' && action === 'findOne' ? 'find' : action}`;

const CRUD = new Set(['find', 'findOne', 'create', 'update', 'delete']);

export function assertCan(viewer: Viewer, resource: Resource, action: string): void {
  if (viewer.permissions.has(permissionName(resource, action))) return;
  const verb = CRUD.has(action) ? (`action_${action}` as MessageCode) : 'action_other';
  throw new PanelError(403, 'forbidden', { action: { code: verb }, resource: { resource: resource.name } });
}

export const and = (...parts: (Where | null | undefined)[]): Where => {
  const list = parts.filter((p): p is Where => Boolean(p) && Object.keys(p as Where).length > 0);
  return list.length === 0 ? {} : list.length === 1 ? list[0] : { $and: list };
};

/**
 * What a member or a unit files is theirs: the owner is the account, not a field they choose, and the
 * other holder field is cleared (a member cannot name a partner unit as the holder, nor a unit a member).
 */
export function ownerStamp(resource: Resource, viewer: Viewer): Record<string, string | null> {
  const stamp: Record<string, string | null> = {};
  if (viewer.role !== 'member' && viewer.role !== 'unit') return stamp;
  const member = viewer.role === 'member' ? viewer.memberId : null;
  const unit = viewer.role === 'unit' ? viewer.unitId : null;
  if (resource.field.has('holderMember')) stamp.holderMember = member;
  if (resource.field.has('holderUnit')) stamp.holderUnit = unit;
  return stamp;
}

export function createAccess(strapi: Core.Strapi, registry: Registry) {
  async function reachOf(viewer: Viewer): Promise<Reach> {
    const s = viewer.scope;
    if (s.level === 'community')
      return { communityIds: [s.communityId], townIds: s.townId ? [s.townId] : [] };
    if (s.level === 'town') {
      const rows = (await strapi.db
        .query(COMMUNITY)
        .findMany({ where: { town: { documentId: s.townId } }, select: ['documentId'] })) as {
        documentId: string;
      }[];
      return { communityIds: rows.map((r) => r.documentId), townIds: [s.townId] };
    }
    return { communityIds: [], townIds: [] };
  }

  /** The filter for rows the viewer may see in a resource (scope for staff, ownership for members). */
  async function readWhere(viewer: Viewer, resource: Resource): Promise<Where> {
    const scoped = isScoped(viewer) ? scopeWhere(registry.scopeOf(resource), await reachOf(viewer)) : null;
    return and(scoped, ownWhere(resource.name, viewer));
  }

  /**
   * A write stays inside the viewer's scope: every community the record would belong to must be in
   * reach, and district-wide records are for district accounts.
   */
  async function assertWritable(
    viewer: Viewer,
    resource: Resource,
    data: Record<string, unknown>,
    current: Record<string, unknown> | null,
    known?: Reach,
  ): Promise<void> {
    if (!isScoped(viewer)) return;
    const path = registry.scopeOf(resource);
    const reach = known ?? (await reachOf(viewer));
    const deny = () => {
      throw new PanelError(403, 'forbidden_scope');
    };
    if (path.kind === 'district' || path.kind === 'town') deny();
    await assertLinksInReach(resource, data, reach, deny);
    if (path.kind === 'community') {
      const town = (data.town ?? current?.town) as string | null;
      const self = current?.id as string | undefined;
      if (self ? !reach.communityIds.includes(self) : !town || !reach.townIds.includes(town)) deny();
      if (viewer.scope.level === 'community' && !self) deny();
      return;
    }
    if (path.kind !== 'path') return;
    const [first, second] = path.path;
    const value = first in data ? data[first] : current?.[first];
    let ids = (Array.isArray(value) ? value : value ? [value] : []) as string[];
    if (second) {
      const hop = resource.field.get(first)?.relation?.uid ?? '';
      const rows = (await strapi.db.query(hop).findMany({
        where: { documentId: { $in: ids } },
        select: ['documentId'],
        populate: { [second]: { select: ['documentId'] } },
      })) as Record<string, { documentId: string } | null>[];
      ids = rows.map((r) => r[second]?.documentId ?? '');
    }
    if (ids.length === 0 || ids.some((id) => !reach.communityIds.includes(id))) deny();
  }

  /** Every record the write links to that has a scope of its own (a grid, a worker) is inside reach. */
  async function assertLinksInReach(
    resource: Resource,
    data: Record<string, unknown>,
    reach: Reach,
    deny: () => never,
  ): Promise<void> {
    for (const f of resource.fields) {
      const target = f.relation && !f.relation.inverse ? registry.byUid(f.relation.uid) : undefined;
      if (!target || !(f.name in data) || data[f.name] === null) continue;
      const where = scopeWhere(registry.scopeOf(target), reach);
      if (!where) continue;
      const value = data[f.name];
      const ids = [...new Set((Array.isArray(value) ? value : [value]).map(String))];
      if (!ids.length) continue;
      const inReach = Number(
        await strapi.db.query(target.uid).count({ where: and({ documentId: { $in: ids } }, where) }),
      );
      if (inReach < ids.length) deny();
    }
  }

  /**
   * Whether the viewer may make new records of a resource at all: district-wide records are for district
   * accounts, and a community's own account makes no new communities. Where a new record belongs is
   * checked when it is written.
   */
  function mayCreateIn(viewer: Viewer, resource: Resource): boolean {
    if (!isScoped(viewer)) return true;
    const path = registry.scopeOf(resource);
    if (path.kind === 'district' || path.kind === 'town') return false;
    return !(path.kind === 'community' && viewer.scope.level === 'community');
  }

  return { readWhere, assertWritable, mayCreateIn, reachOf };
}

export type Access = ReturnType<typeof createAccess>;
