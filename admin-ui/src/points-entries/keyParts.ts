/**
 * A key the server keeps so that an entry is appended once (`award:<task>:1`, `2026:member:<id>`), in parts
 * a clerk can read: a part naming one of the record's relations is that record (shown by its name), a
 * part that is one of its choices is that choice (shown by its label); the rest is as written, but for
 * the tags `member` and `unit` and ids of records the entry does not point at, which say nothing to a reader.
 */
import type { FieldSchema } from '@yanzhen/config';

export type KeyPart = { relation: FieldSchema } | { choice: FieldSchema; value: string } | { text: string };

/** A documentId as Strapi 5 makes them. */
const DOCUMENT_ID = /^[a-z0-9]{24}$/;
const TAGS: ReadonlySet<string> = new Set(['member', 'unit']);

export function keyParts(key: string, record: Record<string, unknown>, fields: FieldSchema[]): KeyPart[] {
  return key.split(':').flatMap((part): KeyPart[] => {
    const relation = fields.find((f) => f.relation && !f.relation.many && record[f.name] === part);
    if (relation) return [{ relation }];
    const choice = fields.find((f) => f.type === 'enumeration' && record[f.name] === part);
    if (choice) return [{ choice, value: part }];
    return TAGS.has(part) || DOCUMENT_ID.test(part) || part === '' ? [] : [{ text: part }];
  });
}
