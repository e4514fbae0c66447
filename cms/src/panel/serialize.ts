/** Rows from the query engine as the panel sends them: `id` is the documentId, relations are ids. */
import { relationDocumentId } from '../db/relations';
import type { MaskKind, Resource } from './model';

export type Row = Record<string, unknown>;
export type PanelRecord = Record<string, unknown> & { id: string };

export function mask(kind: MaskKind, value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  const chars = [...value];
  switch (kind) {
    case 'idNumber':
    case 'phone':
      // 110***********1234: the region and the last four, as on a receipt.
      return chars.length <= 7
        ? '*'.repeat(chars.length)
        : chars.slice(0, 3).join('') + '*'.repeat(chars.length - 7) + chars.slice(-4).join('');
    case 'name':
      return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
  }
}

/** A populated relation's documentId (null when there is none). */
const relationOf = (v: unknown): string | null => relationDocumentId(v) ?? null;

interface File {
  id: number;
  url: string;
  name: string;
  mime: string;
  width?: number | null;
  height?: number | null;
}

const fileOf = (v: unknown): File | null => {
  if (!v || typeof v !== 'object') return null;
  const f = v as File;
  return {
    id: f.id,
    url: f.url,
    name: f.name,
    mime: f.mime,
    width: f.width ?? null,
    height: f.height ?? null,
  };
};

const iso = (v: unknown): unknown =>
  v instanceof Date ? v.toISOString() : typeof v === 'number' ? new Date(v).toISOString() : v;

export function toRecord(resource: Resource, row: Row, reveal: boolean): PanelRecord {
  const out: PanelRecord = { id: String(row.documentId) };
  for (const f of resource.fields) {
    if (!(f.name in row) || f.writeOnly) continue;
    const v = row[f.name];
    if (f.type === 'relation') {
      out[f.name] = f.relation?.many
        ? Array.isArray(v)
          ? v.map(relationOf).filter(Boolean)
          : []
        : relationOf(v);
    } else if (f.type === 'media') {
      out[f.name] = f.media?.multiple ? (Array.isArray(v) ? v.map(fileOf) : []) : fileOf(v);
    } else if (f.type === 'datetime') {
      out[f.name] = v === null || v === undefined ? null : iso(v);
    } else if (f.type === 'boolean') {
      out[f.name] = v === null || v === undefined ? null : Boolean(v);
    } else {
      out[f.name] = f.mask && !reveal ? mask(f.mask, v) : (v ?? null);
    }
  }
  const stamps = resource.draftAndPublish
    ? ['createdAt', 'updatedAt', 'publishedAt']
    : ['createdAt', 'updatedAt'];
  for (const k of stamps) if (k in row) out[k] = row[k] === null ? null : iso(row[k]);
  return out;
}
