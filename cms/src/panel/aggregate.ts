/**
 * Counts done by the database (issue 14): GROUP BY and COUNT over a where clause, with the matching rows
 * taken as `id IN (SELECT …)`. Populating a relation over a whole table sends every id as a variable, and
 * SQLite refuses a statement with more than 32,766 of them; a city has more workers than that.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Where } from './query';

type Uid = Parameters<Core.Strapi['db']['query']>[0];
interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}
interface Attribute {
  columnName?: string;
  target?: string;
  joinTable?: JoinTable;
  joinColumn?: { name: string };
}
interface Meta {
  tableName: string;
  attributes: Record<string, Attribute | undefined>;
}

export interface Group {
  /** The value of each field grouped by; a relation's is the related row's id (null when unlinked). */
  values: Record<string, unknown>;
  count: number;
}

export function aggregates(strapi: Core.Strapi) {
  const knex = strapi.db.connection as unknown as Knex;
  const meta = (uid: string) => strapi.db.metadata.get(uid as Uid) as unknown as Meta;
  const attribute = (uid: string, field: string): Attribute => {
    const a = meta(uid).attributes[field];
    if (!a) throw new Error(`${uid} has no field ${field}`);
    return a;
  };
  /** The ids of the rows matching `where`, as a subquery: Strapi's own query builder resolves the filter. */
  const ids = (uid: string, where: Where) =>
    strapi.db
      .queryBuilder(uid as Uid)
      .select('id')
      .where(where)
      .getKnexQuery();

  return {
    /**
     * The rows matching `where` counted by scalar fields and to-one relations; a dotted path reaches
     * through to-one relations (`community.town.name`: the worker's community's town's name).
     */
    async countBy(uid: string, where: Where, by: string[]): Promise<Group[]> {
      const q = knex(`${meta(uid).tableName} as r`).whereIn('r.id', ids(uid, where));
      const column = (at: string, from: string, path: string[], alias: string): string => {
        const [field, ...rest] = path;
        const a = attribute(at, field);
        let id = `${from}.${a.joinColumn?.name ?? a.columnName ?? field}`;
        if (a.joinTable) {
          q.leftJoin(
            `${a.joinTable.name} as ${alias}`,
            `${alias}.${a.joinTable.joinColumn.name}`,
            `${from}.id`,
          );
          id = `${alias}.${a.joinTable.inverseJoinColumn.name}`;
        }
        if (!rest.length) return id;
        if (!a.target) throw new Error(`${at}.${field} is not a relation`);
        q.leftJoin(`${meta(a.target).tableName} as ${alias}t`, `${alias}t.id`, id);
        return column(a.target, `${alias}t`, rest, `${alias}_`);
      };
      const columns = by.map((field, k) => column(uid, 'r', field.split('.'), `j${k}`));
      const rows = (await q
        .select(Object.fromEntries(columns.map((c, k) => [`g${k}`, c])))
        .count({ n: '*' })
        .groupBy(columns)) as Record<string, unknown>[];
      return rows.map((r) => ({
        values: Object.fromEntries(by.map((f, k) => [f, r[`g${k}`] ?? null])),
        count: Number(r.n),
      }));
    },

    /** The sum of a scalar field over the rows matching `where` (0 when none). */
    async sumOf(uid: string, where: Where, field: string): Promise<number> {
      const column = attribute(uid, field).columnName ?? field;
      const row = (await knex(meta(uid).tableName)
        .whereIn('id', ids(uid, where))
        .sum({ total: column })
        .first()) as { total: number | string | null } | undefined;
      return Number(row?.total ?? 0);
    },

    /** For each row matching `where`, how many rows matching `targetWhere` its to-many `relation` links. */
    async linkCounts(uid: string, where: Where, relation: string, targetWhere: Where) {
      const { joinTable, target } = attribute(uid, relation);
      if (!joinTable || !target) throw new Error(`${uid}.${relation} is not a linked relation`);
      const own = joinTable.joinColumn.name;
      const rows = (await knex(joinTable.name)
        .whereIn(own, ids(uid, where))
        .whereIn(joinTable.inverseJoinColumn.name, ids(target, targetWhere))
        .select({ id: own })
        .count({ n: '*' })
        .groupBy(own)) as { id: number | string; n: number | string }[];
      return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
    },
  };
}
