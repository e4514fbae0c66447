/**
 * How a schema becomes screens: which input or column each field gets, what a list shows and filters,
 * what a form lets the user type. Pure, so the mapping is tested without a browser.
 */
import {
  SCALAR_TYPES,
  type FieldSchema,
  type FieldType,
  type PanelSchema,
  type ResourceSchema,
} from '@yanzhen/config';

export type InputKind =
  | 'text'
  | 'multiline'
  | 'email'
  | 'password'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'date'
  | 'month'
  | 'datetime'
  | 'select'
  | 'multiselect'
  | 'named'
  | 'reference'
  | 'references'
  | 'json'
  | 'media';

export function inputKind(f: FieldSchema): InputKind {
  if (f.writeOnly) return 'password';
  if (f.format === 'month') return 'month';
  if (f.choicesFrom) return 'named';
  if (f.type === 'json' && f.choices) return 'multiselect';
  switch (f.type) {
    case 'text':
    case 'richtext':
      return 'multiline';
    case 'enumeration':
      return 'select';
    case 'relation':
      return f.relation?.many ? 'references' : 'reference';
    case 'email':
    case 'integer':
    case 'decimal':
    case 'boolean':
    case 'date':
    case 'datetime':
    case 'json':
    case 'media':
      return f.type;
    default:
      return 'text';
  }
}

export const resourceOf = (schema: PanelSchema, name: string): ResourceSchema | undefined =>
  schema.resources.find((r) => r.name === name);

/** A relation is shown only when the viewer may read what it points at (a member cannot list accounts). */
export const readable = (schema: PanelSchema, f: FieldSchema): boolean =>
  !f.writeOnly && (!f.relation || Boolean(resourceOf(schema, f.relation.resource)?.can.find));

/** What the server can order by: not JSON, files, to-many relations or personal data. */
export const isSortable = (f: FieldSchema): boolean =>
  !f.mask && !f.writeOnly && f.type !== 'json' && f.type !== 'media' && !f.relation?.many;

/** What a list column can show: every scalar but rich text and JSON, and to-one relations. */
const LIST_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([
  ...SCALAR_TYPES.filter((t) => t !== 'richtext' && t !== 'json'),
  'relation',
]);
const DEFAULT_COLUMNS = 7;

/**
 * Every field a list can show, and which of them start hidden (the user can show them with the columns
 * button, so a field added later is one click away). Lists never carry to-many relations.
 */
export function listColumns(
  resource: ResourceSchema,
  schema: PanelSchema,
  chosen?: string[],
): { columns: FieldSchema[]; hidden: string[] } {
  const columns = resource.fields.filter(
    (f) => LIST_TYPES.has(f.type) && !f.relation?.many && readable(schema, f),
  );
  const main = columns.find((f) => f.name === resource.mainField);
  const shortFields = columns.filter((f) => f !== main && f.type !== 'text' && !f.mask);
  const shown = new Set(
    chosen ??
      [main, ...shortFields]
        .filter(Boolean)
        .slice(0, DEFAULT_COLUMNS)
        .map((f) => f?.name),
  );
  const ordered = chosen
    ? [
        ...chosen.flatMap((n) => columns.filter((f) => f.name === n)),
        ...columns.filter((f) => !shown.has(f.name)),
      ]
    : columns;
  return { columns: ordered, hidden: ordered.filter((f) => !shown.has(f.name)).map((f) => f.name) };
}

export type FilterKind = 'select' | 'boolean' | 'reference' | 'dates';

/** Filters for enums, booleans, to-one relations and dates; personal data is never a filter. */
export function filterFields(
  resource: ResourceSchema,
  schema: PanelSchema,
): { field: FieldSchema; kind: FilterKind }[] {
  const out: { field: FieldSchema; kind: FilterKind }[] = [];
  for (const f of resource.fields) {
    if (f.mask || !readable(schema, f)) continue;
    if (f.type === 'enumeration') out.push({ field: f, kind: 'select' });
    else if (f.type === 'boolean') out.push({ field: f, kind: 'boolean' });
    else if (f.type === 'date' || f.type === 'datetime') out.push({ field: f, kind: 'dates' });
    else if (f.relation && !f.relation.many && !f.relation.inverse) out.push({ field: f, kind: 'reference' });
  }
  return out;
}

export interface FormField {
  field: FieldSchema;
  /** False: shown with its value, never sent (computed fields, inverse relations, files). */
  editable: boolean;
}

/**
 * What a create or edit form holds: inputs for what the user writes, the rest shown on edit only. A file
 * field is written only where the screen gives it an input of its own (`mediaInput`). A new record's form
 * asks only for what is known at its start: a field a workflow step asks for (triage's difficulty, the
 * report of work done) waits for that step.
 */
export function formFields(
  resource: ResourceSchema,
  schema: PanelSchema,
  mode: 'create' | 'edit',
  mediaInput: (f: FieldSchema) => boolean = () => false,
): FormField[] {
  return resource.fields
    .filter((f) => (f.writeOnly ? true : readable(schema, f)))
    .filter((f) => !(mode === 'create' && f.step))
    .map((f) => ({
      field: f,
      editable: !f.readOnly && !(mode === 'edit' && f.createOnly) && (f.type !== 'media' || mediaInput(f)),
    }))
    .filter((x) => x.editable || mode === 'edit');
}

/** Defaults of a new record, as the content type declares them. */
export const defaultValues = (resource: ResourceSchema): Record<string, unknown> =>
  Object.fromEntries(
    resource.fields.filter((f) => f.default !== undefined && !f.readOnly).map((f) => [f.name, f.default]),
  );
