/**
 * The five roles and their permissions, created at start-up. A role is given the matrix when it is
 * created and again whenever MATRIX_VERSION rises; in between, changes made in Strapi's admin stand.
 */
import type { Core } from '@strapi/strapi';
import { actionsOf, MATRIX_VERSION, ROLE_INFO, ROLES } from './matrix';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'yanzhen' });
  const applied = Number((await store.get({ key: 'matrix-version' })) ?? 0);
  await strapi.db.transaction(async () => {
    for (const type of ROLES) {
      let role = (await strapi.db.query(ROLE).findOne({ where: { type } })) as { id: number } | null;
      const created = !role;
      role ??= (await strapi.db.query(ROLE).create({ data: { type, ...ROLE_INFO[type] } })) as { id: number };
      if (!created && applied >= MATRIX_VERSION) continue;
      const want = new Set(actionsOf(type));
      const have = (await strapi.db
        .query(PERMISSION)
        .findMany({ where: { role: { id: role.id } }, select: ['id', 'action'] })) as {
        id: number;
        action: string;
      }[];
      const extra = have.filter((p) => !want.has(p.action)).map((p) => p.id);
      if (extra.length) await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: extra } } });
      for (const action of want) {
        if (!have.some((p) => p.action === action)) {
          await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
        }
      }
    }
  });
  if (applied < MATRIX_VERSION) {
    // Accounts are handed out by the department, never self-registered.
    const upStore = strapi.store({ type: 'plugin', name: 'users-permissions' });
    const advanced = ((await upStore.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
    await upStore.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
    await store.set({ key: 'matrix-version', value: MATRIX_VERSION });
  }
}
