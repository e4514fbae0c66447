/**
 * A create or update body checked against the resource's fields. Pure: what needs the database
 * (related records exist, unique values are free) is returned as checks for the service to run.
 */
import { localParts, rules } from '@yanzhen/config';
import { PanelError, type FieldIssue } from './errors';
import type { Field, Resource } from './model';
import { readValue } from './values';

export interface Checked {
  data: Record<string, unknown>;
  issues: Record<string, FieldIssue>;
  relations: { field: string; uid: string; ids: string[] }[];
  files: { field: string; ids: number[] }[];
  unique: { field: string; value: unknown }[];
  /** Texts that must name a record of another resource (`choicesFrom`). */
  named: { field: string; uid: string; value: string }[];
}

/** Keys a client echoes back from a record it read; they are never written. */
const ECHOED = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'locale',
  'publicationState',
  '_can',
]);

// A NUL never names a record, and PostgreSQL refuses it in a query: a 400, not a 500.
const isId = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && !v.includes('\0');

function fileId(v: unknown): number | null {
  const raw = v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v;
  const n = typeof raw === 'string' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}

function checkField(field: Field, raw: unknown, out: Checked): void {
  const value = raw === '' ? null : raw;
  if (value === null || value === undefined) {
    if (field.required) out.issues[field.name] = { code: 'required' };
    else out.data[field.name] = field.relation?.many || field.media?.multiple ? [] : null;
    return;
  }
  if (field.relation) {
    const ids = field.relation.many ? value : [value];
    if (!Array.isArray(ids) || !ids.every(isId)) {
      out.issues[field.name] = { code: field.relation.many ? 'relation_many_type' : 'relation_type' };
      return;
    }
    if (field.required && ids.length === 0) {
      out.issues[field.name] = { code: 'required' };
      return;
    }
    const unique = [...new Set(ids)];
    out.data[field.name] = field.relation.many ? unique : value;
    out.relations.push({ field: field.name, uid: field.relation.uid, ids: unique });
    return;
  }
  if (field.media) {
    const list = field.media.multiple && Array.isArray(value) ? value : [value];
    const ids = list.map(fileId);
    if ((!field.media.multiple && Array.isArray(value)) || ids.some((i) => i === null)) {
      out.issues[field.name] = { code: 'media_type' };
      return;
    }
    out.data[field.name] = field.media.multiple ? ids : ids[0];
    out.files.push({ field: field.name, ids: ids as number[] });
    return;
  }
  const read = readValue(field, value);
  if (!read.ok) {
    out.issues[field.name] = read.issue;
    return;
  }
  out.data[field.name] = read.value;
  if (field.unique) out.unique.push({ field: field.name, value: read.value });
  if (field.choicesFrom && typeof read.value === 'string')
    out.named.push({ field: field.name, uid: field.choicesFrom, value: read.value });
}

export function checkBody(resource: Resource, body: unknown, mode: 'create' | 'update'): Checked {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new PanelError(400, 'body_not_object');
  // No prototype: a body key `__proto__` must become an issue, not the issues' prototype.
  const issues = Object.create(null) as Checked['issues'];
  const out: Checked = { data: {}, issues, relations: [], files: [], unique: [], named: [] };
  const input = body as Record<string, unknown>;
  for (const [key, raw] of Object.entries(input)) {
    if (ECHOED.has(key)) continue;
    const field = resource.field.get(key);
    if (!field) out.issues[key] = { code: 'unknown_field' };
    else if (!field.readOnly) checkField(field, raw, out);
  }
  if (mode === 'create') {
    for (const f of resource.fields) {
      const missing = !(f.name in input) || input[f.name] === undefined;
      if (f.required && !f.readOnly && missing && f.default === undefined)
        out.issues[f.name] = { code: 'required' };
    }
  }
  return out;
}

/** A date, a datetime (as its day in the district) or a number, comparable with its kind. */
function comparable(v: unknown): string | number | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return v;
  const s = String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const t = new Date(s);
  return Number.isNaN(t.getTime()) ? s : localParts(t, rules.taskBoard.calendar.timeZone).date;
}

const plusYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/**
 * Checks across a record's fields (issue 12), on the record as the write leaves it: an end not before its
 * start, a birth date not in the future, hired at 18 or older. Only a field this write sets, or whose
 * partner it sets, is judged, so an old record is not refused for what the write did not touch.
 */
export function checkRecord(
  r: Resource,
  record: Record<string, unknown>,
  written: ReadonlySet<string>,
  today: string,
): Record<string, FieldIssue> {
  const issues: Record<string, FieldIssue> = {};
  for (const f of r.fields) {
    const value = comparable(record[f.name]);
    if (value === null) continue;
    const touched = (other?: string) => written.has(f.name) || (other !== undefined && written.has(other));
    if (f.notFuture && touched() && typeof value === 'string' && value > today) {
      issues[f.name] = { code: 'not_future', params: { today } };
    }
    const other = f.notBefore;
    const earlier = other ? comparable(record[other]) : null;
    if (other && earlier !== null && touched(other) && typeof earlier === typeof value && value < earlier) {
      issues[f.name] = {
        code: 'not_before',
        params: { other: { resource: r.name, field: other }, value: String(earlier) },
      };
    }
    const birth = f.minAge ? comparable(record[f.minAge.from]) : null;
    if (f.minAge && typeof birth === 'string' && touched(f.minAge.from)) {
      if (typeof value === 'string' && value < plusYears(birth, f.minAge.years)) {
        issues[f.name] ??= {
          code: 'min_age',
          params: { other: { resource: r.name, field: f.minAge.from }, value: birth, years: f.minAge.years },
        };
      }
    }
  }
  return issues;
}
