/**
 * Indexes for what the panel sorts and filters on: each content type's naming field and its enums,
 * numbers and dates. Declared on the model, so Strapi's schema sync creates and keeps them on SQLite
 * and PostgreSQL alike; a field added in the content-type builder gets its index on the next start.
 */
import type { Core } from '@strapi/strapi';
import { snakeCase } from 'lodash';

const INDEXED = new Set(['enumeration', 'integer', 'decimal', 'date', 'datetime']);
const NAMING = ['name', 'title', 'quarter', 'month'];

interface Indexable {
  collectionName: string;
  attributes: Record<string, { type: string; unique?: boolean }>;
  indexes?: { name: string; columns: string[] }[];
}

/** `column` names the database column of an attribute (Strapi's own naming: `taskBoard` → `task_board`). */
export function indexesFor(
  ct: Indexable,
  column: (attribute: string) => string,
): { name: string; columns: string[] }[] {
  const naming = NAMING.find((n) => ct.attributes[n]);
  return Object.entries(ct.attributes)
    .filter(([name, a]) => !a.unique && (INDEXED.has(a.type) || name === naming))
    .map(([name]) => ({
      name: `${ct.collectionName}_${column(name)}_panel_idx`.slice(0, 63),
      columns: [column(name)],
    }));
}

export function declareIndexes(strapi: Core.Strapi): void {
  for (const [uid, ct] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('api::')) continue;
    const model = ct as unknown as Indexable;
    // As Strapi's metadata names columns.
    const column = (a: string) => strapi.db.metadata.identifiers.getColumnName(snakeCase(a));
    model.indexes = [...(model.indexes ?? []), ...indexesFor(model, column)];
  }
}
