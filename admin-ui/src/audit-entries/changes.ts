/** An audit entry's before and after as rows, one a field, in the order the record's page shows them. */
import type { FieldSchema, PanelSchema } from '@yanzhen/config';
import { readable, resourceOf } from '../schema/mapping';

export type Values = Record<string, unknown>;

export interface ChangeRow {
  name: string;
  /** The field as the schema has it; null for what the resource has no field for (an export's row count). */
  field: FieldSchema | null;
}

/** What every record carries: the entry's own time and record say it better. */
const STAMPS = new Set(['id', 'createdAt', 'updatedAt', '_can']);

export const valuesOf = (v: unknown): Values | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Values) : null;

export function changeRows(
  schema: PanelSchema,
  resource: string,
  before: Values | null,
  after: Values | null,
): ChangeRow[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const s of STAMPS) names.delete(s);
  const fields = resourceOf(schema, resource)?.fields ?? [];
  const known = fields.filter((f) => names.has(f.name));
  const rest = [...names].filter((n) => !fields.some((f) => f.name === n));
  return [
    // A relation to what the viewer may not read stays off the page, as on the record's own.
    ...known.filter((f) => readable(schema, f)).map((field) => ({ name: field.name, field })),
    ...rest.map((name) => ({ name, field: null })),
  ];
}
