/**
 * A to-one relation as a write names it, in every shape the Document Service takes: the panel sends a
 * documentId, Strapi's own admin `{ connect: [{ id, documentId }], disconnect: [...] }`, and the API also
 * accepts `{ documentId }`, `{ id }`, `{ set: [...] }` and a list. A populated row reads the same way
 * (`{ documentId }`). See https://docs.strapi.io/cms/api/rest/relations.
 */
import type { Core } from '@strapi/strapi';

/** A record named by documentId or by row id; null clears the relation; undefined leaves it alone. */
export type RelationRef = { documentId: string } | { id: number } | null | undefined;

const refOf = (v: unknown): RelationRef => {
  if (typeof v === 'string') return { documentId: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { id: v } : undefined;
  if (!v || typeof v !== 'object') return undefined;
  if ('documentId' in v && v.documentId != null) return { documentId: String(v.documentId) };
  if ('id' in v && v.id != null) return refOf(typeof v.id === 'string' ? Number(v.id) : v.id);
  return undefined;
};

/** The last record a list names (a to-one relation keeps the last one connected); an empty list clears. */
const lastOf = (list: unknown[]): RelationRef => (list.length ? refOf(list[list.length - 1]) : null);

export function readRelation(v: unknown): RelationRef {
  if (v === undefined || v === null) return v;
  if (Array.isArray(v)) return lastOf(v);
  if (typeof v !== 'object' || 'documentId' in v || 'id' in v) return refOf(v);
  const { set, connect, disconnect } = v as { set?: unknown; connect?: unknown; disconnect?: unknown };
  const list = (x: unknown): unknown[] | undefined =>
    x === undefined || x === null ? undefined : Array.isArray(x) ? x : [x];
  const sets = list(set);
  if (sets) return lastOf(sets);
  const connects = list(connect);
  if (connects?.length) return lastOf(connects);
  // Strapi's admin replaces a to-one relation by disconnecting the old record and connecting the new.
  if (list(disconnect)?.length) return null;
  return undefined;
}

/** The documentId a value names, without a database read: a record named by row id reads as undefined. */
export function relationDocumentId(v: unknown): string | null | undefined {
  const ref = readRelation(v);
  if (!ref) return ref;
  return 'documentId' in ref ? ref.documentId : undefined;
}

/** The documentId a write gives the relation `field` of `uid`: a row id is looked up in the target. */
export async function resolveRelation(
  strapi: Core.Strapi,
  uid: string,
  field: string,
  v: unknown,
): Promise<string | null | undefined> {
  const ref = readRelation(v);
  if (!ref || 'documentId' in ref) return ref && ref.documentId;
  const attributes = strapi.contentTypes[uid as keyof typeof strapi.contentTypes]?.attributes as
    | Record<string, { target?: string }>
    | undefined;
  const attribute = attributes?.[field];
  if (!attribute?.target) return undefined;
  const row = (await strapi.db
    .query(attribute.target as keyof typeof strapi.contentTypes)
    .findOne({ where: { id: ref.id }, select: ['id', 'documentId'] })) as { documentId: string } | null;
  return row?.documentId;
}

/** The relation after a write: what the write names, or what is stored when the write leaves it alone. */
export const afterWrite = (written: string | null | undefined, stored: unknown): string | null =>
  written === undefined ? (relationDocumentId(stored) ?? null) : written;
