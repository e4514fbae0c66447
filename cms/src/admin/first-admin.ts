/**
 * In production the first administrator of Strapi's own admin comes from the deployment, never from
 * the open first-admin form: `YANZHEN_ADMIN_EMAIL` and `YANZHEN_ADMIN_PASSWORD` create a super-admin at
 * start-up when there is none yet; without them the log says how to make one.
 */
import type { Core } from '@strapi/strapi';

interface AdminUsers {
  exists(where?: Record<string, unknown>): Promise<boolean>;
  createFirstAdmin(attributes: Record<string, unknown>): Promise<{ id: number }>;
}

export const HOW_TO_CREATE_ADMIN =
  'set YANZHEN_ADMIN_EMAIL and YANZHEN_ADMIN_PASSWORD (12+ characters) and restart, or run `npx strapi admin:create-user` in cms/';

export async function ensureFirstAdmin(strapi: Core.Strapi, env: Record<string, string | undefined>) {
  const users = strapi.service('admin::user') as unknown as AdminUsers;
  if (await users.exists()) return;
  const email = env.YANZHEN_ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.YANZHEN_ADMIN_PASSWORD;
  if (!email || !password) {
    strapi.log.warn(
      `[admin] no administrator yet; the first-admin form is closed in production. To create one, ${HOW_TO_CREATE_ADMIN}.`,
    );
    return;
  }
  await users.createFirstAdmin({ email, password, firstname: 'Administrator', lastname: '' });
  strapi.log.info(`[admin] created the super-admin ${email} from YANZHEN_ADMIN_EMAIL`);
}
