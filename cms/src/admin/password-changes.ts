/**
 * Every door that changes an account's password (the panel, Users & Permissions' reset and change,
 * Strapi's admin) stamps `passwordChangedAt`; the panel refuses tokens issued before it
 * (cms/src/panel/auth.ts).
 */
import type { Core } from '@strapi/strapi';

const USER = 'plugin::users-permissions.user';

export function stampPasswordChanges(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [USER],
    beforeUpdate(event) {
      const data = (event.params as { data?: Record<string, unknown> }).data;
      if (data && typeof data.password === 'string' && data.password) data.passwordChangedAt = new Date();
    },
  });
}

/** Whether a token issued at `iat` (seconds) predates the password change (JWTs count whole seconds). */
export function issuedBeforeChange(iat: number | undefined, changedAt: string | Date | null): boolean {
  if (!changedAt) return false;
  if (typeof iat !== 'number') return true;
  return iat < Math.floor(new Date(changedAt).getTime() / 1000);
}
