/**
 * The account behind a panel request, from the Users & Permissions JWT. Accounts and role permissions
 * are cached for a few seconds (and dropped at once when this instance changes them), so a list request
 * costs one query instead of four.
 */
import type { Core } from '@strapi/strapi';
import { issuedBeforeChange } from '../admin/password-changes';
import { ROLES, type RoleType } from '../roles/matrix';
import { PanelError } from './errors';
import type { Scope, Viewer } from './viewer';

const TTL_MS = 5_000;
const USER = 'plugin::users-permissions.user';
const PERMISSION = 'plugin::users-permissions.permission';

interface Cached<T> {
  at: number;
  value: Promise<T>;
}

interface UserRow {
  id: number;
  username: string;
  blocked: boolean | null;
  passwordChangedAt: string | null;
  role: { id: number; type: string } | null;
  scopeTown: { documentId: string; name: string } | null;
  scopeCommunity: { documentId: string; name: string; town: { documentId: string } | null } | null;
  partnerUnit: { documentId: string } | null;
}

function scopeOf(u: UserRow): Scope {
  if (u.scopeCommunity) {
    const c = u.scopeCommunity;
    return {
      level: 'community',
      communityId: c.documentId,
      townId: c.town?.documentId ?? null,
      name: c.name,
    };
  }
  if (u.scopeTown) return { level: 'town', townId: u.scopeTown.documentId, name: u.scopeTown.name };
  return { level: 'district' };
}

/** A viewer and when its password last changed: tokens issued before that are refused. */
interface Loaded {
  viewer: Viewer;
  passwordChangedAt: string | null;
}

export function createAuth(strapi: Core.Strapi) {
  const viewers = new Map<number, Cached<Loaded | null>>();
  /** Verified tokens: checking a signature costs more than the rest of a list request's bookkeeping. */
  const tokens = new Map<string, { at: number; id: unknown; iat: number | undefined }>();
  const permissions = new Map<number, Cached<ReadonlySet<string>>>();

  const fresh = (c: { at: number } | undefined) => c !== undefined && Date.now() - c.at < TTL_MS;

  function rolePermissions(roleId: number): Promise<ReadonlySet<string>> {
    const hit = permissions.get(roleId);
    if (hit && fresh(hit)) return hit.value;
    const value = strapi.db
      .query(PERMISSION)
      .findMany({ where: { role: { id: roleId } }, select: ['action'] })
      .then((rows: { action: string }[]) => new Set(rows.map((r) => r.action)));
    permissions.set(roleId, { at: Date.now(), value });
    return value;
  }

  async function loadViewer(id: number): Promise<Loaded | null> {
    const u = (await strapi.db.query(USER).findOne({
      where: { id },
      select: ['id', 'username', 'blocked', 'passwordChangedAt'],
      populate: {
        role: { select: ['id', 'type'] },
        scopeTown: { select: ['documentId', 'name'] },
        scopeCommunity: { select: ['documentId', 'name'], populate: { town: { select: ['documentId'] } } },
        partnerUnit: { select: ['documentId'] },
      },
    })) as UserRow | null;
    if (!u || u.blocked || !u.role) return null;
    const member = (await strapi.db
      .query('api::party-member.party-member')
      .findOne({ where: { user: { id } }, select: ['documentId'] })) as { documentId: string } | null;
    const role = (ROLES as readonly string[]).includes(u.role.type) ? (u.role.type as RoleType) : null;
    const viewer: Viewer = {
      id: u.id,
      username: u.username,
      role,
      roleId: u.role.id,
      scope: scopeOf(u),
      memberId: member?.documentId ?? null,
      unitId: u.partnerUnit?.documentId ?? null,
      permissions: await rolePermissions(u.role.id),
    };
    return { viewer, passwordChangedAt: u.passwordChangedAt ?? null };
  }

  function viewerById(id: number): Promise<Loaded | null> {
    const hit = viewers.get(id);
    if (hit && fresh(hit)) return hit.value;
    const value = loadViewer(id);
    viewers.set(id, { at: Date.now(), value });
    value.catch(() => viewers.delete(id));
    return value;
  }

  strapi.db.lifecycles.subscribe({
    models: [USER, PERMISSION, 'plugin::users-permissions.role', 'api::party-member.party-member'],
    afterCreate: () => forget(),
    afterUpdate: () => forget(),
    afterDelete: () => forget(),
    afterCreateMany: () => forget(),
    afterUpdateMany: () => forget(),
    afterDeleteMany: () => forget(),
  });

  function forget() {
    viewers.clear();
    tokens.clear();
    permissions.clear();
  }

  /** The viewer, or a 401 that says whether to log in or log in again. */
  async function authenticate(authorization: string | undefined): Promise<Viewer> {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!m) throw new PanelError(401, 'unauthorized');
    let token = tokens.get(m[1]);
    if (!token || !fresh(token)) {
      try {
        const payload = (await strapi.plugin('users-permissions').service('jwt').verify(m[1])) as {
          id?: unknown;
          iat?: number;
        };
        token = { at: Date.now(), id: payload.id, iat: payload.iat };
      } catch {
        throw new PanelError(401, 'token_invalid');
      }
      if (tokens.size > 10_000) tokens.clear();
      tokens.set(m[1], token);
    }
    const loaded = typeof token.id === 'number' ? await viewerById(token.id) : null;
    if (!loaded || issuedBeforeChange(token.iat, loaded.passwordChangedAt)) {
      throw new PanelError(401, 'token_invalid');
    }
    return loaded.viewer;
  }

  return { authenticate, forget };
}

export type Auth = ReturnType<typeof createAuth>;
