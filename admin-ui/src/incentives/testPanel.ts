/** A viewer's panel with one resource, for the component tests of the incentives screens. */
import type { FieldSchema, Panel, ResourceSchema } from '@yanzhen/config';
import { panel as base, shownField } from '../schema/fixtures';

/** A field the form writes: the shared test field, not read-only. */
export const field = (
  name: string,
  type: FieldSchema['type'],
  extra: Partial<FieldSchema> = {},
): FieldSchema => shownField(name, type, { readOnly: false, ...extra });

export const enumeration = (name: string, ids: string[]): FieldSchema =>
  field(name, 'enumeration', {
    readOnly: true,
    choices: ids.map((id) => ({ id, labels: { zh: id, en: id } })),
  });

/** Staff's panel with one resource of these fields, which they may read, create and update. */
export function panelWith(name: string, fields: FieldSchema[]): Panel {
  const resource: ResourceSchema = {
    ...base.schema.resources[0],
    name,
    group: 'incentives',
    mainField: 'year',
    searchable: [],
    fields,
  };
  return {
    me: { ...base.me, permissions: { [name]: ['find', 'findOne', 'create', 'update'] } },
    schema: { ...base.schema, resources: [resource] },
  };
}
