/**
 * Writes made through Strapi's own admin (the content manager) keep the panel's rules: the audit trail
 * stays append-only there too, and every create, update or delete of a record leaves an audit entry
 * naming the administrator. The panel's own writes are audited by the panel (cms/src/panel/audit.ts).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CHANGES, onWrite } from '../db/on-write';

const AUDIT = 'api::audit-entry.audit-entry';

interface AdminRequest {
  path?: string;
  state?: { auth?: { strategy?: { name?: string } }; user?: { id?: number; email?: string } };
}

/** The administrator behind the current request, when it comes through Strapi's admin. */
function adminOf(strapi: Core.Strapi): { email: string } | null {
  const ctx = strapi.requestContext.get() as AdminRequest | undefined;
  if (!ctx) return null;
  const admin =
    ctx.state?.auth?.strategy?.name === 'admin' || (ctx.path ?? '').startsWith('/content-manager');
  return admin ? { email: ctx.state?.user?.email ?? 'admin' } : null;
}

export const auditAdminWrites = onWrite(/^api::/, ['create', ...CHANGES], async (write, next) => {
  const { strapi, ctx } = write;
  const admin = adminOf(strapi);
  if (ctx.uid === AUDIT && (ctx.action !== 'create' || admin)) {
    throw new errors.ForbiddenError('操作日志只能追加，不能修改或删除 (the audit trail is append-only)');
  }
  if (!admin) return next();
  const params = ctx.params as { data?: Record<string, unknown> };
  const result = await next();
  const out = result as { documentId?: string; entries?: { documentId?: string }[] } | null;
  const recordId = write.documentId ?? out?.documentId ?? out?.entries?.[0]?.documentId ?? null;
  const now = new Date();
  await strapi.db.query(AUDIT).create({
    data: {
      actorId: null,
      actorName: `admin:${admin.email}`.slice(0, 100),
      action: ctx.action,
      resource: ctx.contentType.info.pluralName,
      recordId,
      before: null,
      // Which fields, not their values: personal data stays out of the trail.
      after: params.data ? { fields: Object.keys(params.data) } : null,
      at: now,
      publishedAt: now,
    },
  });
  return result;
});
