/** The audit trail: who did what to which record, and what changed. Written in the write's transaction. */
import type { Core } from '@strapi/strapi';
import { toResource, type Field, type RawContentType, type Resource } from './model';
import { mask, type PanelRecord } from './serialize';

const AUDIT = 'api::audit-entry.audit-entry';

type Values = Record<string, unknown>;
type Uid = Parameters<Core.Strapi['db']['query']>[0];

/** Main fields that name a record in words; another main field (a reason, a quarter) names it less well. */
const NAMES: ReadonlySet<string> = new Set(['name', 'title', 'username']);
/** As the audit entry's `recordLabel` holds it. */
const LABEL_LENGTH = 200;

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

const textOf = (v: unknown): string | null =>
  v === null || v === undefined || v === '' ? null : [...String(v)].slice(0, LABEL_LENGTH).join('');

/** The panel's view of a content type the record points at. */
const resourceOfUid = (strapi: Core.Strapi, uid: string): Resource =>
  toResource(strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as RawContentType);

/**
 * Whom a record without a name of its own is about (a commendation's member or unit, an enrolment's
 * worker): its to-one relations to records with a name, in the schema's order.
 */
function ownersOf(strapi: Core.Strapi, r: Resource): Field[] {
  if (NAMES.has(r.mainField)) return [];
  return r.fields.filter(
    (f) =>
      f.relation &&
      !f.relation.many &&
      !f.relation.inverse &&
      resourceOfUid(strapi, f.relation.uid).mainField === 'name',
  );
}

/** A related record's name, from a populated relation or by its documentId. */
async function nameOf(strapi: Core.Strapi, f: Field, v: unknown): Promise<string | null> {
  if (!v || !f.relation) return null;
  const row = (
    typeof v === 'string'
      ? await strapi.db.query(f.relation.uid as Uid).findOne({ where: { documentId: v }, select: ['name'] })
      : v
  ) as Values | null;
  const kind = resourceOfUid(strapi, f.relation.uid).field.get('name')?.mask;
  const name = textOf(row?.name);
  return name && kind ? String(mask(kind, name)) : name;
}

/**
 * How the trail names the record, as the panel does: its main field (a worker's name, a task's title) or,
 * without a name of its own, whom it is about. Read from the write's values when they hold it (a create, a
 * delete), else with one read of the record (an update whose changes leave the name out).
 */
async function labelOf(strapi: Core.Strapi, r: Resource, recordId: string, values: Values) {
  if (!recordId) return null;
  const owners = ownersOf(strapi, r);
  const main = r.mainField === 'id' ? null : r.mainField;
  const needed = [...owners.map((f) => f.name), ...(main ? [main] : [])];
  const row = needed.every((k) => k in values)
    ? values
    : (((await strapi.db.query(r.uid as Uid).findOne({
        where: { documentId: recordId },
        select: ['id', ...(main ? [main] : [])],
        populate: Object.fromEntries(owners.map((f) => [f.name, { select: ['name'] }])),
      })) as Values | null) ?? values);
  for (const f of owners) {
    const name = await nameOf(strapi, f, row[f.name]);
    if (name) return name;
  }
  const label = main ? textOf(row[main]) : null;
  const kind = main ? r.field.get(main)?.mask : undefined;
  return label && kind ? String(mask(kind, label)) : label;
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
  const values = { ...entry.before, ...entry.after };
  // createMany: one insert, without reading the entry back.
  await strapi.db.query(AUDIT).createMany({
    data: [
      {
        actorId: entry.viewer.id,
        actorName: entry.viewer.username,
        action: entry.action,
        resource: entry.resource.name,
        recordId: entry.recordId,
        recordLabel: await labelOf(strapi, entry.resource, entry.recordId, values),
        before: entry.before ? masked(entry.resource, entry.before) : null,
        after: entry.after ? masked(entry.resource, entry.after) : null,
        at: now,
        importJob: entry.viewer.importJob ?? null,
        publishedAt: now,
      },
    ],
  });
}
