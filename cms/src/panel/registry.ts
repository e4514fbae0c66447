import type { Core } from '@strapi/strapi';
import { toResource, type RawContentType, type Resource } from './model';
import { scopePathOf, type ScopePath } from './scope';
import { USER, userAdapter, userResource, type Adapter } from './users';

/** Attributes Strapi adds to every content type; the panel handles them itself. */
const STRAPI_FIELDS = new Set([
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

export interface Registry {
  resources: Resource[];
  byName(name: string): Resource | undefined;
  byUid(uid: string): Resource | undefined;
  mainFieldOf(uid: string): string;
  scopeOf(resource: Resource): ScopePath;
  /**
   * Relations that point at a content type and would be left dangling by a delete: required ones, and any
   * from an append-only resource (a ledger entry's task), whose records can never be moved elsewhere.
   */
  dependents(uid: string): { resource: Resource; field: string }[];
  adapterOf(resource: Resource): Adapter | undefined;
}

export function buildRegistry(strapi: Core.Strapi): Registry {
  const raw = (uid: string): RawContentType => {
    const ct = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as RawContentType;
    return {
      ...ct,
      attributes: Object.fromEntries(Object.entries(ct.attributes).filter(([k]) => !STRAPI_FIELDS.has(k))),
    };
  };
  const resources = Object.keys(strapi.contentTypes)
    .filter((uid) => uid.startsWith('api::'))
    .map((uid) => toResource(raw(uid)))
    .concat(userResource(raw(USER)))
    .sort((a, b) => a.name.localeCompare(b.name));
  const adapters = new Map<string, Adapter>([[USER, userAdapter(strapi)]]);
  const names = new Map(resources.map((r) => [r.name, r]));
  const uids = new Map(resources.map((r) => [r.uid, r]));
  const scopes = new Map(resources.map((r) => [r.uid, scopePathOf(r, uids)]));
  return {
    resources,
    byName: (name) => names.get(name),
    byUid: (uid) => uids.get(uid),
    mainFieldOf: (uid) => uids.get(uid)?.mainField ?? 'id',
    scopeOf: (r) => scopes.get(r.uid) ?? { kind: 'district' },
    dependents: (uid) =>
      resources.flatMap((r) =>
        r.fields
          .filter((f) => (f.required || r.appendOnly) && f.relation?.uid === uid && !f.relation.inverse)
          .map((f) => ({ resource: r, field: f.name })),
      ),
    adapterOf: (r) => adapters.get(r.uid),
  };
}
