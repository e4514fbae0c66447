/**
 * Accounts as a panel resource (`users`): Users & Permissions users with their role shown as one of the
 * five role names, their scope, and a password that can be set but is never read back.
 */
import type { Core } from '@strapi/strapi';
import { ROLES } from '../roles/matrix';
import { toResource, type RawContentType, type Resource } from './model';
import type { Row } from './serialize';
import type { Checked } from './validate';

export const USER = 'plugin::users-permissions.user';

/** How a resource differs from what its schema alone says; only accounts need one so far. */
export interface Adapter {
  /** Columns that are not plain columns of the table. */
  omit: string[];
  populate: Record<string, { select: string[] }>;
  read(row: Row): Row;
  write(
    data: Record<string, unknown>,
    mode: 'create' | 'update',
    checked: Checked,
  ): Promise<Record<string, unknown>>;
}

const HIDDEN = new Set([
  'provider',
  'resetPasswordToken',
  'confirmationToken',
  'confirmed',
  'password',
  'passwordChangedAt',
  'role',
]);

export function userResource(ct: RawContentType): Resource {
  const attributes = Object.fromEntries(Object.entries(ct.attributes).filter(([k]) => !HIDDEN.has(k)));
  return toResource({
    ...ct,
    info: { ...ct.info, pluralName: 'users' },
    attributes: {
      ...attributes,
      role: { type: 'enumeration', enum: [...ROLES], required: true },
      password: {
        type: 'string',
        minLength: 8,
        maxLength: 72,
        pluginOptions: { panel: { writeOnly: true } },
      },
    },
  });
}

export function userAdapter(strapi: Core.Strapi): Adapter {
  return {
    omit: ['role', 'password'],
    populate: { role: { select: ['type'] } },
    read: (row) => ({ ...row, role: (row.role as { type?: string } | null)?.type ?? null }),
    async write(data, mode, checked) {
      const out = { ...data };
      if (mode === 'create' && !out.password) checked.issues.password = { code: 'required' };
      if (out.password === null) delete out.password;
      if (typeof out.role === 'string') {
        const role = (await strapi.db
          .query('plugin::users-permissions.role')
          .findOne({ where: { type: out.role }, select: ['id'] })) as { id: number } | null;
        out.role = role?.id;
      }
      return mode === 'create' ? { provider: 'local', confirmed: true, ...out } : out;
    },
  };
}
