/**
 * A lock held until the current transaction ends, for checks that must see every concurrent write (the
 * excellent quota). On PostgreSQL an advisory transaction lock; SQLite already runs one write
 * transaction at a time on its single connection.
 */
import type { Core } from '@strapi/strapi';

export async function lockFor(strapi: Core.Strapi, key: string): Promise<void> {
  if (strapi.config.get('database.connection.client') !== 'postgres') return;
  await strapi.db.transaction(({ trx }) => trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [key]));
}
