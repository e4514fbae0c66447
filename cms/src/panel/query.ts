/**
 * The ra-data-simple-rest list dialect — sort, range and filter as JSON query parameters — turned into a
 * query for Strapi's query engine. Every problem is a 400 that names it.
 */
import { PanelError } from './errors';
import type { Field, Resource } from './model';
import { readScalar } from './values';

export type Where = Record<string, unknown>;
export type OrderBy = Record<string, unknown>;

export interface ListQuery {
  where: Where;
  orderBy: OrderBy[];
  offset: number;
  limit: number;
}

export const MAX_ROWS = 1000;
const DEFAULT_ROWS = 25;

const OPERATORS: Record<string, string> = {
  gte: '$gte',
  lte: '$lte',
  gt: '$gt',
  lt: '$lt',
  ne: '$ne',
  contains: '$containsi',
};

/** A Map, not an object literal: `'constructor' in {}` is true and would let a prototype key through. */
const SYSTEM = new Map<string, Pick<Field, 'type'>>([
  ['createdAt', { type: 'datetime' }],
  ['updatedAt', { type: 'datetime' }],
]);

/** Masked and write-only values must not leak through ordering or a run of `_gte` probes. */
function refusePrivate(resource: Resource, field: Field | undefined): void {
  if (field?.mask || field?.writeOnly) {
    throw new PanelError(400, 'private_field', { field: { resource: resource.name, field: field.name } });
  }
}

export function parseJsonParam(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new PanelError(400, 'bad_json_param', { param: name });
  try {
    return JSON.parse(raw);
  } catch {
    throw new PanelError(400, 'bad_json_param', { param: name });
  }
}

/** How to sort by a relation: by the target's naming field. */
export type MainFieldOf = (uid: string) => string;

export function parseSort(resource: Resource, raw: unknown, mainFieldOf: MainFieldOf): OrderBy[] {
  const tiebreak = { id: 'asc' };
  const sort = parseJsonParam('sort', raw);
  if (sort === undefined) return [tiebreak];
  if (
    !Array.isArray(sort) ||
    sort.length !== 2 ||
    typeof sort[0] !== 'string' ||
    !/^(asc|desc)$/i.test(String(sort[1]))
  ) {
    throw new PanelError(400, 'bad_sort');
  }
  const [name, dir] = [sort[0], String(sort[1]).toLowerCase()];
  if (name === 'id') return [{ id: dir }];
  if (SYSTEM.has(name)) return [{ [name]: dir }, tiebreak];
  const field = resource.field.get(name);
  refusePrivate(resource, field);
  if (!field || field.type === 'json' || field.type === 'media' || field.relation?.many) {
    throw new PanelError(400, 'unknown_sort_field', { field: name, resource: { resource: resource.name } });
  }
  const order = field.relation ? { [name]: { [mainFieldOf(field.relation.uid)]: dir } } : { [name]: dir };
  return [order, tiebreak];
}

export function parseRange(raw: unknown): { offset: number; limit: number } {
  const range = parseJsonParam('range', raw);
  if (range === undefined) return { offset: 0, limit: DEFAULT_ROWS };
  const valid =
    Array.isArray(range) &&
    range.length === 2 &&
    range.every((n) => Number.isSafeInteger(n)) &&
    range[0] >= 0 &&
    range[1] >= range[0] &&
    range[1] - range[0] < MAX_ROWS;
  if (!valid) throw new PanelError(400, 'bad_range', { max: MAX_ROWS });
  return { offset: range[0], limit: range[1] - range[0] + 1 };
}

function splitKey(resource: Resource, key: string): { name: string; op: string | null } {
  if (key === 'id' || resource.field.has(key) || SYSTEM.has(key)) return { name: key, op: null };
  const m = /^(.+)_(gte|lte|gt|lt|ne|contains)$/.exec(key);
  if (m && (m[1] === 'id' || resource.field.has(m[1]) || SYSTEM.has(m[1]))) return { name: m[1], op: m[2] };
  throw new PanelError(400, 'unknown_filter_field', { field: key, resource: { resource: resource.name } });
}

function ids(key: string, value: unknown): string | string[] {
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v) => typeof v === 'string' && v !== '' && !v.includes('\0'))) {
    throw new PanelError(400, 'bad_filter_value', { field: key, reason: { code: 'relation_type' } });
  }
  return Array.isArray(value) ? (list as string[]) : (value as string);
}

function idCondition(key: string, op: string | null, value: unknown): Where {
  if (value === null) return { id: { $null: op !== 'ne' } };
  if (op && op !== 'ne')
    throw new PanelError(400, 'bad_filter_value', { field: key, reason: { code: 'relation_type' } });
  const v = ids(key, value);
  if (Array.isArray(v)) return { documentId: { [op === 'ne' ? '$notIn' : '$in']: v } };
  return { documentId: { [op === 'ne' ? '$ne' : '$eq']: v } };
}

function scalarCondition(
  key: string,
  field: Pick<Field, 'type' | 'enum'>,
  op: string | null,
  value: unknown,
): Where {
  if (value === null) return { $null: op !== 'ne' };
  const asText = op === 'contains' ? { type: 'string' as const } : field;
  const read = (v: unknown) => {
    const r = readScalar(asText, v);
    if (!r.ok) throw new PanelError(400, 'bad_filter_value', { field: key, reason: r.issue });
    return r.value;
  };
  if (Array.isArray(value)) {
    if (op && op !== 'ne')
      throw new PanelError(400, 'bad_filter_value', { field: key, reason: { code: 'type_string' } });
    return { [op === 'ne' ? '$notIn' : '$in']: value.map(read) };
  }
  return { [op ? OPERATORS[op] : '$eq']: read(value) };
}

export function parseFilter(resource: Resource, raw: unknown): Where {
  const filter = parseJsonParam('filter', raw);
  if (filter === undefined) return {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw new PanelError(400, 'bad_filter');
  const and: Where[] = [];
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    if (key === 'q') {
      if (value === '' || value === null) continue;
      const text = typeof value === 'string' ? readScalar({ type: 'string' }, value) : null;
      if (!text?.ok)
        throw new PanelError(400, 'bad_filter_value', {
          field: 'q',
          reason: text?.issue ?? { code: 'type_string' },
        });
      const or = resource.searchable.map((f) => ({ [f]: { $containsi: value } }));
      and.push(or.length ? { $or: or } : { id: { $null: true } });
      continue;
    }
    const { name, op } = splitKey(resource, key);
    if (name === 'id') {
      and.push(idCondition(key, op, value));
      continue;
    }
    refusePrivate(resource, resource.field.get(name));
    const field = resource.field.get(name) ?? SYSTEM.get(name);
    if (!field)
      throw new PanelError(400, 'unknown_filter_field', {
        field: key,
        resource: { resource: resource.name },
      });
    if (field.type === 'json' || field.type === 'media') {
      throw new PanelError(400, 'unknown_filter_field', {
        field: key,
        resource: { resource: resource.name },
      });
    }
    if ('relation' in field && field.relation) {
      and.push({ [name]: idCondition(key, op, value) });
    } else {
      and.push({ [name]: scalarCondition(key, field, op, value) });
    }
  }
  return and.length ? { $and: and } : {};
}

export function parseList(
  resource: Resource,
  query: Record<string, unknown>,
  mainFieldOf: MainFieldOf,
): ListQuery {
  return {
    where: parseFilter(resource, query.filter),
    orderBy: parseSort(resource, query.sort, mainFieldOf),
    ...parseRange(query.range),
  };
}
