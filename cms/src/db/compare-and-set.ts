/**
 * A state move that of two concurrent requests exactly one wins: the row is updated only while its state
 * field still holds one of `from`. Runs in the caller's transaction when there is one.
 */
import type { Core } from '@strapi/strapi';

type Uid = Parameters<Core.Strapi['db']['query']>[0];

/** Whether this call moved the document (false: it was no longer in a `from` state, or `empty` was filled). */
export async function compareAndSet(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  field: string,
  from: readonly string[],
  to: string,
  empty?: string,
): Promise<boolean> {
  const meta = strapi.db.metadata.get(uid as Uid);
  const columnOf = (name: string) =>
    (meta.attributes[name] as { columnName?: string } | undefined)?.columnName ?? name;
  const column = columnOf(field);
  const moved = await strapi.db.transaction(({ trx }) => {
    const q = trx(meta.tableName)
      .where({ document_id: documentId })
      .whereIn(column, [...from]);
    return (empty ? q.whereNull(columnOf(empty)) : q).update({ [column]: to });
  });
  return Number(moved) > 0;
}
