/**
 * A production server started on a database that once held the demo must not keep its well-known
 * accounts open: every demo account (cms/src/demo/accounts.ts) still on the demo password is blocked
 * at start-up, and the log says which.
 */
import type { Core } from '@strapi/strapi';
import { DEMO_PASSWORD } from '../demo/accounts';

const USER = 'plugin::users-permissions.user';
/** Every demo account has an address in this domain. */
const DEMO_DOMAIN = '@demo.yanzhen.local';

interface Row {
  id: number;
  username: string;
  password: string | null;
}

export async function blockDemoAccounts(strapi: Core.Strapi): Promise<string[]> {
  const rows = (await strapi.db.query(USER).findMany({
    where: { email: { $endsWith: DEMO_DOMAIN }, blocked: { $not: true } },
    select: ['id', 'username', 'password'],
  })) as Row[];
  const users = strapi.plugin('users-permissions').service('user');
  const blocked: string[] = [];
  for (const row of rows) {
    if (!row.password || !(await users.validatePassword(DEMO_PASSWORD, row.password))) continue;
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
