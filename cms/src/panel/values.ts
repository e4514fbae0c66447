/** Reading one value of a scalar field: the same rules for filters and for request bodies. */
import { checkIdNumber, isCalendarDate, monthOf } from '@yanzhen/config';
import type { FieldIssue } from './messages';
import type { Field } from './model';

export { isCalendarDate };

export type Read = { ok: true; value: unknown } | { ok: false; issue: FieldIssue };

const ok = (value: unknown): Read => ({ ok: true, value });
const bad = (code: FieldIssue['code'], params?: FieldIssue['params']): Read => ({
  ok: false,
  issue: { code, params },
});

/** Decimal notation only: `Number()` alone would also take '0x10' and '0b11'. */
const NUMERAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/** PostgreSQL refuses NUL in text and jsonb: a 400 here instead of a 500 from the driver. */
function hasNul(raw: unknown): boolean {
  if (typeof raw === 'string') return raw.includes('\0');
  if (typeof raw !== 'object' || raw === null) return false;
  return Object.entries(raw).some(([k, v]) => k.includes('\0') || hasNul(v));
}

/** The HTML standard's valid e-mail address, with a dotted domain as Strapi's own check wants. */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A column's width where the schema sets none: PostgreSQL's varchar(255) would refuse more. */
const COLUMN_WIDTH = 255;
const NARROW = new Set(['string', 'email', 'uid']);

const toNumber = (raw: unknown): unknown =>
  typeof raw === 'string' ? (NUMERAL.test(raw) ? Number(raw) : NaN) : raw;

/** The type check alone: the value as the database stores it, or why it cannot be. */
export function readScalar(field: Pick<Field, 'type' | 'enum'>, raw: unknown): Read {
  if (hasNul(raw)) return bad('nul_char');
  switch (field.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'uid':
      if (typeof raw === 'string') return ok(raw);
      if (typeof raw === 'number' && Number.isFinite(raw)) return ok(String(raw));
      return bad('type_string');
    case 'email':
      if (typeof raw !== 'string') return bad('type_string');
      return raw === '' || EMAIL.test(raw) ? ok(raw) : bad('email');
    case 'enumeration':
      if (typeof raw === 'string' && field.enum?.includes(raw)) return ok(raw);
      return bad('enum', { choices: (field.enum ?? []).join(', ') });
    case 'integer': {
      const n = toNumber(raw);
      return typeof n === 'number' && Number.isSafeInteger(n) ? ok(n) : bad('type_integer');
    }
    case 'decimal': {
      const n = toNumber(raw);
      return typeof n === 'number' && Number.isFinite(n) ? ok(n) : bad('type_number');
    }
    case 'boolean':
      if (raw === true || raw === 'true') return ok(true);
      if (raw === false || raw === 'false') return ok(false);
      return bad('type_boolean');
    case 'date':
      if (
        typeof raw === 'string' &&
        isCalendarDate(raw.slice(0, 10)) &&
        (raw.length === 10 || raw[10] === 'T')
      ) {
        return ok(raw.slice(0, 10));
      }
      return bad('type_date');
    case 'datetime': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return bad('type_datetime');
      // `Date` rolls 2026-02-30 over to March and reads '1' as 2001: the day must exist and come first.
      const dated =
        typeof raw === 'number' ||
        (isCalendarDate(raw.slice(0, 10)) && [undefined, 'T', ' '].includes(raw[10]));
      if (!dated) return bad('type_datetime');
      const t = new Date(raw);
      return Number.isNaN(t.getTime()) ? bad('type_datetime') : ok(t.toISOString());
    }
    case 'json':
      if (!field.enum) return ok(raw);
      // A list of the rulebook's identifiers (a member's specialties): each known, each once, in its order.
      if (!Array.isArray(raw) || !raw.every((v) => typeof v === 'string' && field.enum?.includes(v)))
        return bad('enum_list', { choices: field.enum.join(', ') });
      return ok(field.enum.filter((v) => raw.includes(v)));
    default:
      return bad('type_string');
  }
}

/** The type check and the schema's limits (length, range, pattern); an ID number's check digit. */
export function readValue(field: Field, raw: unknown): Read {
  const read = readScalar(field, field.format === 'month' && typeof raw === 'string' ? monthOf(raw) : raw);
  if (!read.ok) return read;
  const v = read.value;
  if (typeof v === 'number') {
    if (field.min !== undefined && v < field.min) return bad('min', { min: field.min });
    if (field.max !== undefined && v > field.max) return bad('max', { max: field.max });
  }
  if (typeof v === 'string' && field.type !== 'enumeration') {
    const length = [...v].length;
    if (field.minLength !== undefined && length < field.minLength)
      return bad('min_length', { min: field.minLength });
    const max = field.maxLength ?? (NARROW.has(field.type) ? COLUMN_WIDTH : undefined);
    if (max !== undefined && length > max) return bad('max_length', { max });
    if (field.mask === 'idNumber' && v !== '') {
      const id = checkIdNumber(v);
      if (!id.ok) return bad(id.reason);
      return ok(v.trim().toUpperCase());
    }
    if (field.regex && v !== '' && !new RegExp(field.regex).test(v))
      return bad(field.format === 'month' ? 'month_format' : 'regex');
  }
  return read;
}
