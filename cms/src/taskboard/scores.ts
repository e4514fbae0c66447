/**
 * The quarterly score table: drafted from the ledger at quarter end, published by a supervisor, open to
 * objections for five days, then final and frozen.
 */
import type { Core } from '@strapi/strapi';
import { rankTotals, type Standing, type Total } from '@yanzhen/config';
import { createOnce } from './once';

const ENTRY = 'api::points-entry.points-entry';
const SCORES = 'api::score-publication.score-publication';

/** Totals per holder straight from the ledger (one grouped query: a million entries stay quick). */
export async function quarterTotals(strapi: Core.Strapi, quarter: string): Promise<Total[]> {
  const meta = strapi.db.metadata.get(ENTRY);
  // Inside a transaction (an upheld objection re-ranks the table) the query must use its connection.
  const rows = (await strapi.db.transaction(async ({ trx }) =>
    trx(meta.tableName)
      .select('holder_key')
      .sum({ points: 'points' })
      .select(trx.raw("SUM(CASE kind WHEN 'award' THEN 1 WHEN 'reversal' THEN -1 ELSE 0 END) AS tasks"))
      .where({ quarter })
      .whereNotNull('holder_key')
      .groupBy('holder_key')
      .orderBy('holder_key'),
  )) as { holder_key: string; points: number | string; tasks: number | string }[];
  return rows.map((r) => ({
    holder: r.holder_key,
    name: '',
    points: Number(r.points),
    tasksDone: Number(r.tasks),
  }));
}

/**
 * Every member's and unit's name by holder key. One plain read of each table: cheaper than looking up
 * tens of thousands of holders one by one, and a district's tables are small.
 */
async function holderNames(strapi: Core.Strapi): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const [kind, uid] of [
    ['member', 'api::party-member.party-member'],
    ['unit', 'api::partner-unit.partner-unit'],
  ] as const) {
    const rows = (await strapi.db.transaction(async ({ trx }) =>
      trx(strapi.db.metadata.get(uid).tableName).select('document_id', 'name'),
    )) as { document_id: string; name: string }[];
    for (const r of rows) names.set(`${kind}:${r.document_id}`, r.name);
  }
  return names;
}

/** The quarter's ranking, without names: what the score table is computed from. */
export async function quarterRanking(strapi: Core.Strapi, quarter: string): Promise<Standing[]> {
  return rankTotals(await quarterTotals(strapi, quarter));
}

/** The ranking with each holder's name, as a published table shows it. */
export async function quarterStandings(strapi: Core.Strapi, quarter: string): Promise<Standing[]> {
  const [ranking, names] = [await quarterRanking(strapi, quarter), await holderNames(strapi)];
  for (const row of ranking) row.name = names.get(row.holder) ?? '';
  return ranking;
}

export async function idOf(
  strapi: Core.Strapi,
  uid: string,
  where: Record<string, unknown>,
): Promise<string> {
  const row = (await strapi.db.query(uid).findOne({ where, select: ['documentId'] })) as {
    documentId: string;
  };
  return row.documentId;
}

/** Draft (or refresh the draft of) a quarter's table; a published or final table is left as it is. */
export async function draftScores(
  strapi: Core.Strapi,
  quarter: string,
): Promise<{ publication: string; drafted: boolean }> {
  const ranking = await quarterStandings(strapi, quarter);
  const existing = (await strapi.db
    .query(SCORES)
    .findOne({ where: { quarter }, select: ['documentId', 'status'] })) as {
    documentId: string;
    status: string;
  } | null;
  if (existing && existing.status !== 'draft') return { publication: existing.documentId, drafted: false };
  if (existing) {
    await strapi.documents(SCORES).update({ documentId: existing.documentId, data: { ranking } });
    return { publication: existing.documentId, drafted: true };
  }
  return createOnce<{ publication: string; drafted: boolean }>(
    async () => {
      const doc = await strapi.documents(SCORES).create({ data: { quarter, ranking, status: 'draft' } });
      return { publication: doc.documentId, drafted: true };
    },
    async () => ({ publication: await idOf(strapi, SCORES, { quarter }), drafted: false }),
  );
}
