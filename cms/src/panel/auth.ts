/**
 * The account behind a panel request, from the Users & Permissions JWT. Verified tokens, accounts and
 * role permissions are kept a few seconds in LRU caches (and dropped at once when this instance changes
 * them), so a list request costs one query instead of four.
 */
import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import { issuedBeforeChange } from '../admin/password-changes';
import { ROLES, type RoleType } from '../roles/matrix';
import { PanelError } from './errors';
import type { Scope, Viewer } from './viewer';

const TTL_MS = 5_000;
const USER = 'plugin::users-permissions.user';
const PERMISSION = 'plugin::users-permissions.permission';

/** At most `max` entries, each for TTL_MS; the least recently used goes first. */
const cache = <K extends object | string | number, V extends object>(max: number) =>
  new LRUCache<K, V>({ max, ttl: TTL_MS });

/** The cached promise, or a new one, kept until it fails: concurrent requests share one query. */
function cached<K extends number, V>(c: LRUCache<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  const hit = c.get(key);
  if (hit) return hit;
  const value = load();
  c.set(key, value);
  value.catch(() => {
    if (c.peek(key) === value) c.delete(key);
  });
  return value;
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
  const viewers = cache<number, Promise<Loaded | null>>(10_000);
  /** Verified tokens: checking a signature costs more than the rest of a list request's bookkeeping. */
  const tokens = cache<string, { id: unknown; iat: number | undefined }>(10_000);
  const permissions = cache<number, Promise<ReadonlySet<string>>>(100);

  function rolePermissions(roleId: number): Promise<ReadonlySet<string>> {
    return cached(permissions, roleId, () =>
      strapi.db
        .query(PERMISSION)
        .findMany({ where: { role: { id: roleId } }, select: ['action'] })
        .then((rows: { action: string }[]) => new Set(rows.map((r) => r.action))),
    );
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

  const viewerById = (id: number) => cached(viewers, id, () => loadViewer(id));

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
    if (!token) {
      try {
        const payload = (await strapi.plugin('users-permissions').service('jwt').verify(m[1])) as {
          id?: unknown;
          iat?: number;
        };
        token = { id: payload.id, iat: payload.iat };
      } catch {
        throw new PanelError(401, 'token_invalid');
      }
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
