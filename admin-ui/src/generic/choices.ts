/** Enum choices as react-admin wants them; the name is a message key, so the label follows the language. */
import type { FieldSchema } from '@yanzhen/config';

export const choicesOf = (resource: string, field: FieldSchema): { id: string; name: string }[] =>
  (field.choices ?? []).map((c) => ({
    id: c.id,
    name: `resources.${resource}.choices.${field.name}.${c.id}`,
  }));

export const fieldLabel = (resource: string, field: string): string =>
  `resources.${resource}.fields.${field}`;
