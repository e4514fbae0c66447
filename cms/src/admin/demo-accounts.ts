/**
 * A production server started on a database that once held the demo must not keep its well-known
 * accounts open: every demo account (cms/src/demo/accounts.ts) still on the demo password is blocked
 * at start-up, and the log says which.
 */
import type { Core } from '@strapi/strapi';
import { DEMO_PASSWORD } from '../demo/accounts';

const USER = 'plugin::users-permissions.user';
/** Every demo account has an address in this domain and one of these names (cms/src/demo/accounts.ts). */
const DEMO_DOMAIN = '@demo.yanzhen.local';
const DEMO_USERNAMES = ['staff', 'publicity', 'supervisor', 'member', 'unit', 'clerk'];

interface Row {
  id: number;
  username: string;
  password: string | null;
  blocked: boolean | null;
}

export async function blockDemoAccounts(strapi: Core.Strapi): Promise<string[]> {
  const rows = (await strapi.db.query(USER).findMany({
    where: { $or: [{ email: { $endsWith: DEMO_DOMAIN } }, { username: { $in: DEMO_USERNAMES } }] },
    select: ['id', 'username', 'password', 'blocked'],
  })) as Row[];
  const users = strapi.plugin('users-permissions').service('user');
  const blocked: string[] = [];
  for (const row of rows) {
    if (row.blocked || !row.password || !(await users.validatePassword(DEMO_PASSWORD, row.password)))
      continue;
    await strapi.db.query(USER).update({ where: { id: row.id }, data: { blocked: true } });
    blocked.push(row.username);
  }
  if (blocked.length) {
    strapi.log.warn(
      `[security] blocked demo accounts still on the demo password: ${blocked.join(', ')}. ` +
        'A supervisor (or Strapi admin) can give them a new password and unblock them.',
    );
  }
  return blocked;
}
