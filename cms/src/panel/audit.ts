/** The audit trail: who did what to which record, and what changed. Written in the write's transaction. */
import type { Core } from '@strapi/strapi';
import type { Resource } from './model';
import { mask, type PanelRecord } from './serialize';

const AUDIT = 'api::audit-entry.audit-entry';

type Values = Record<string, unknown>;

/** Personal data stays masked in the trail: it is read far more widely than the record. */
function masked(resource: Resource, values: Values): Values {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => {
      const kind = resource.field.get(k)?.mask;
      return [k, kind ? mask(kind, v) : v];
    }),
  );
}

/** Only the fields that changed, before and after. */
export function diff(before: Values, after: Values): { before: Values; after: Values } {
  const keys = Object.keys(after).filter(
    (k) => k !== 'updatedAt' && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])),
  };
}

export async function writeAudit(
  strapi: Core.Strapi,
  entry: {
    /** Who: an account, or the system (`id` null) for scheduled jobs; and the import a row came from. */
    viewer: { id: number | null; username: string; importJob?: string };
    action: string;
    resource: Resource;
    recordId: string;
    before?: PanelRecord | Values | null;
    after?: PanelRecord | Values | null;
  },
): Promise<void> {
  const now = new Date();
  // createMany: one insert, without reading the entry back.
  await strapi.db.query(AUDIT).createMany({
    data: [
      {
        actorId: entry.viewer.id,
        actorName: entry.viewer.username,
        action: entry.action,
        resource: entry.resource.name,
        recordId: entry.recordId,
        before: entry.before ? masked(entry.resource, entry.before) : null,
        after: entry.after ? masked(entry.resource, entry.after) : null,
        at: now,
        importJob: entry.viewer.importJob ?? null,
        publishedAt: now,
      },
    ],
  });
}
