/**
 * The columns of a resource's sheet (issue 12): the fields a clerk fills in a create form, in the form's
 * order — not computed fields, not what a workflow owns, not media or JSON (except a list of the
 * rulebook's choices: a member's specialties, as 医疗卫生、法律咨询). A to-one relation is a column that
 * names the related record; each resource's natural key says which existing record a row updates.
 */
import type { Catalog } from '@yanzhen/config';
import type { Field, Resource } from '../panel/model';
import type { OwnMode } from '../panel/workflow';

export type ColumnKind =
  | 'string'
  | 'text'
  | 'date'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'enumeration'
  | 'list'
  | 'relation';

export interface Column {
  field: Field;
  kind: ColumnKind;
  /** The header: the field's label, `*` after a required one. */
  header: string;
  label: string;
  /** Enum values (or a list's) by identifier → label, in the sheet's locale. */
  choices?: Record<string, string>;
}

/**
 * Which existing record a row names, by resource: alternatives, each a list of fields that together
 * identify one record (a party member by ID number, else by phone). Unlisted resources only insert.
 */
export const NATURAL_KEYS: Record<string, string[][]> = {
  workers: [['idNumber']],
  'party-members': [['idNumber'], ['phone']],
  'partner-units': [['name']],
  towns: [['code'], ['name']],
  communities: [['code']],
  grids: [['code']],
  compounds: [['name', 'community']],
  branches: [['name', 'community']],
  trainings: [['title', 'startDate']],
  courses: [['code'], ['name']],
  enrollments: [['worker', 'program']],
  appraisals: [['worker', 'year']],
  honours: [['title', 'year', 'worker']],
  secondments: [['worker', 'startDate']],
  recruitments: [['title']],
  'pay-scales': [['year']],
};

const KIND: Partial<Record<Field['type'], ColumnKind>> = {
  string: 'string',
  email: 'string',
  uid: 'string',
  text: 'text',
  richtext: 'text',
  date: 'date',
  datetime: 'date',
  integer: 'integer',
  decimal: 'decimal',
  boolean: 'boolean',
  enumeration: 'enumeration',
  relation: 'relation',
};

export function columnsOf(
  r: Resource,
  owned: ReadonlyMap<string, OwnMode> | undefined,
  catalog: Catalog,
): Column[] {
  const labels = catalog.resources[r.name];
  const out: Column[] = [];
  for (const field of r.fields) {
    const kind = field.type === 'json' && field.listOf ? 'list' : KIND[field.type];
    if (!kind || field.readOnly || field.writeOnly || owned?.get(field.name) === 'always') continue;
    if (field.relation && (field.relation.many || field.relation.inverse)) continue;
    const label = labels?.fields[field.name] ?? catalog.common[field.name] ?? field.name;
    out.push({
      field,
      kind,
      label,
      header: field.required ? `${label}*` : label,
      ...(field.enum && {
        choices: Object.fromEntries(
          field.enum.map((v) => [
            v,
            (field.listOf ? catalog.lists[field.listOf]?.[v] : labels?.choices?.[field.name]?.[v]) ?? v,
          ]),
        ),
      }),
    });
  }
  return out;
}

/** A sheet's columns for these: header, width, and the cell format (dates as dates, text as text). */
export function sheetColumns(columns: Column[]) {
  return columns.map((c) => ({
    header: c.header,
    key: c.field.name,
    width: Math.max(10, c.header.length * 2 + 4),
    style: c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : c.kind === 'string' ? { numFmt: '@' } : {},
  }));
}
