/**
 * The panel's view of the content types: resources and their fields, derived from the schemas so that a
 * field added in Strapi's content-type builder reaches the panel without code. Pure: no Strapi import.
 */
import {
  lists,
  SCALAR_TYPES,
  type FieldFormat,
  type FieldType,
  type MaskKind,
  type ScalarType,
} from '@yanzhen/config';

export type { MaskKind, ScalarType } from '@yanzhen/config';

export interface PanelFieldOptions {
  /** Computed by a hook or kept by a workflow; the panel shows it but never writes it. */
  readOnly?: boolean;
  mask?: MaskKind;
  /** Set but never read back (passwords). */
  writeOnly?: boolean;
  /** Kept by the server for its own work (an import's failed rows): not part of the panel at all. */
  internal?: boolean;
  /** Record checks (issue 12): never earlier than another field of the record (an end after its start). */
  notBefore?: string;
  /** A date that cannot lie ahead (a birth date, the day a need was reported). */
  notFuture?: boolean;
  /** At this date the person born on the `from` field is at least `years` old (hired at 18 or older). */
  minAge?: { from: string; years: number };
  /**
   * `month`: a year and month (`2026-12`), also taken as clerks type it (`2026年12月`, `2026/12`);
   * `percent`, `money`: how a number reads. An integer named `year` or `…Year` is a year without saying.
   */
  format?: FieldFormat;
  /**
   * A text whose values are the names of another resource's records (the uid): a task's source group is
   * one of the district's groups, a choice kept as a list the clerks edit, stored as the name it had.
   */
  choicesFrom?: string;
  /** A JSON list of identifiers from a list of the rulebook (`lists` in config: a member's specialties). */
  listOf?: string;
}

export interface RawAttribute {
  type: string;
  required?: boolean;
  unique?: boolean;
  private?: boolean;
  min?: number | string;
  max?: number | string;
  minLength?: number;
  maxLength?: number;
  regex?: string;
  enum?: string[];
  default?: unknown;
  relation?: string;
  target?: string;
  mappedBy?: string;
  inversedBy?: string;
  multiple?: boolean;
  allowedTypes?: string[];
  targetField?: string;
  pluginOptions?: { panel?: PanelFieldOptions };
}

export interface RawContentType {
  uid: string;
  kind: 'collectionType' | 'singleType';
  info: { singularName: string; pluralName: string; displayName: string };
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, RawAttribute>;
  pluginOptions?: { panel?: { appendOnly?: boolean } };
}

export interface Field {
  name: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  regex?: string;
  enum?: string[];
  default?: unknown;
  mask?: MaskKind;
  notBefore?: string;
  notFuture?: boolean;
  minAge?: { from: string; years: number };
  format?: FieldFormat;
  /** The uid of the resource whose records' names are this text's choices. */
  choicesFrom?: string;
  /** The rulebook list a JSON field's identifiers come from (its `enum` holds them). */
  listOf?: string;
  /** For relations: the target's uid, whether it holds many, and whether this side is the inverse. */
  relation?: { uid: string; many: boolean; inverse: boolean };
  media?: { multiple: boolean; allowedTypes: string[] };
}

export interface Resource {
  name: string;
  uid: string;
  kind: 'collectionType' | 'singleType';
  draftAndPublish: boolean;
  /** Ledgers and logs: rows are added by the system, never changed or removed through any API. */
  appendOnly: boolean;
  fields: Field[];
  field: ReadonlyMap<string, Field>;
  /** Text fields the `q` filter searches. */
  searchable: string[];
  /** The field that names a record (used to sort and show relations). */
  mainField: string;
}

const SCALARS: ReadonlySet<string> = new Set(SCALAR_TYPES);
const NUMBERS: Record<string, ScalarType> = { biginteger: 'integer', float: 'decimal' };
const TEXT_TYPES: ReadonlySet<string> = new Set(['string', 'text', 'email', 'uid']);

const toNumber = (v: number | string | undefined): number | undefined =>
  v === undefined || v === '' ? undefined : Number(v);

const formatOf = (name: string, a: RawAttribute): FieldFormat | undefined =>
  a.pluginOptions?.panel?.format ?? (a.type === 'integer' && /^year$|Year$/.test(name) ? 'year' : undefined);

/** A field for an attribute, or null for what the panel does not handle (passwords, components, morphs). */
export function toField(name: string, a: RawAttribute): Field | null {
  if (a.private && a.type === 'password') return null;
  const panel = a.pluginOptions?.panel ?? {};
  if (panel.internal) return null;
  const base = {
    name,
    required: Boolean(a.required),
    // A uid (a slug) is unique by definition, whether or not the schema says so.
    unique: Boolean(a.unique) || a.type === 'uid',
    readOnly: Boolean(panel.readOnly),
    writeOnly: Boolean(panel.writeOnly),
    mask: panel.mask,
    ...(panel.notBefore && { notBefore: panel.notBefore }),
    ...(panel.notFuture && { notFuture: true }),
    ...(panel.minAge && { minAge: panel.minAge }),
    ...(formatOf(name, a) && { format: formatOf(name, a) }),
    ...(panel.choicesFrom && { choicesFrom: panel.choicesFrom }),
  };
  if (a.type === 'relation') {
    if (!a.target || !a.relation || a.relation.startsWith('morph')) return null;
    const many = a.relation === 'manyToMany' || a.relation === 'oneToMany';
    const inverse = Boolean(a.mappedBy);
    return {
      ...base,
      type: 'relation',
      readOnly: base.readOnly || inverse,
      relation: { uid: a.target, many, inverse },
    };
  }
  if (a.type === 'media') {
    return {
      ...base,
      type: 'media',
      media: { multiple: Boolean(a.multiple), allowedTypes: a.allowedTypes ?? [] },
    };
  }
  const type = NUMBERS[a.type] ?? a.type;
  if (!SCALARS.has(type)) return null;
  return {
    ...base,
    type: type as ScalarType,
    min: toNumber(a.min),
    max: toNumber(a.max),
    minLength: a.minLength,
    maxLength: a.maxLength,
    regex: a.regex,
    enum: a.enum,
    default: a.default,
    ...(type === 'json' && panel.listOf && { listOf: panel.listOf, enum: [...(lists[panel.listOf] ?? [])] }),
  };
}

export function toResource(ct: RawContentType): Resource {
  const fields = Object.entries(ct.attributes)
    .map(([name, a]) => toField(name, a))
    .filter((f): f is Field => f !== null);
  const searchable = fields
    .filter((f) => TEXT_TYPES.has(f.type) && !f.mask && !f.writeOnly)
    .map((f) => f.name);
  const mainField =
    ['name', 'title', 'username', 'quarter', 'month'].find((n) => fields.some((f) => f.name === n)) ??
    searchable[0] ??
    'id';
  return {
    name: ct.info.pluralName,
    uid: ct.uid,
    kind: ct.kind,
    draftAndPublish: Boolean(ct.options?.draftAndPublish),
    appendOnly: Boolean(ct.pluginOptions?.panel?.appendOnly),
    fields,
    field: new Map(fields.map((f) => [f.name, f])),
    searchable,
    mainField,
  };
}

/** Fields every record carries besides its attributes; they can be filtered and sorted, never written. */
export const SYSTEM_FIELDS = ['id', 'createdAt', 'updatedAt'] as const;
