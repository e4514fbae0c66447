/**
 * Indexes for what the panel sorts and filters on — each content type's naming field and its enums,
 * numbers and dates — and unique indexes for unique fields, so that the database itself refuses a second
 * board for the same Friday or a second award for the same approval, even from two server instances.
 * Declared on the model: Strapi's schema sync creates and keeps them on SQLite and PostgreSQL alike, and
 * a field added in the content-type builder gets its index on the next start.
 */
import type { Core } from '@strapi/strapi';
import { snakeCase } from 'lodash';

const INDEXED = new Set(['enumeration', 'integer', 'decimal', 'date', 'datetime']);
const NAMING = ['name', 'title', 'quarter', 'month'];

interface Index {
  name: string;
  columns: string[];
  type?: 'unique';
}

interface Indexable {
  collectionName: string;
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, { type: string; unique?: boolean }>;
  indexes?: Index[];
}

/** `column` names the database column of an attribute (Strapi's own naming: `taskBoard` → `task_board`). */
export function indexesFor(ct: Indexable, column: (attribute: string) => string): Index[] {
  const naming = NAMING.find((n) => ct.attributes[n]);
  const name = (attr: string, suffix: string) =>
    `${ct.collectionName}_${column(attr)}_${suffix}`.slice(0, 63);
  return Object.entries(ct.attributes).flatMap(([attr, a]): Index[] => {
    // A draft and its published version share their unique values: only the application can check those.
    if (a.unique)
      return ct.options?.draftAndPublish
        ? []
        : [{ name: name(attr, 'uq'), columns: [column(attr)], type: 'unique' }];
    return INDEXED.has(a.type) || attr === naming
      ? [{ name: name(attr, 'panel_idx'), columns: [column(attr)] }]
      : [];
  });
}

/** Indexes for one query each: the quarterly table groups a quarter's ledger by holder (covering index). */
const COMPOSITE: Record<string, { name: string; columns: string[] }[]> = {
  'api::points-entry.points-entry': [
    { name: 'points_entries_ranking_idx', columns: ['quarter', 'holderKey', 'kind', 'points'] },
  ],
};

export function declareIndexes(strapi: Core.Strapi): void {
  // As Strapi's metadata names columns.
  const column = (a: string) => strapi.db.metadata.identifiers.getColumnName(snakeCase(a));
  for (const [uid, ct] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('api::')) continue;
    const model = ct as unknown as Indexable;
    const composite = (COMPOSITE[uid] ?? []).map((i) => ({ ...i, columns: i.columns.map(column) }));
    model.indexes = [...(model.indexes ?? []), ...indexesFor(model, column), ...composite];
  }
}
