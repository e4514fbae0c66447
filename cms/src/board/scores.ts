/**
 * The quarterly score table: drafted from the ledger at quarter end, published by a supervisor, open to
 * objections for five days, then final and frozen.
 */
import type { Core } from '@strapi/strapi';
import { rankTotals, type Standing, type Total } from '../rules/ranking';
import { createOnce } from './once';

const ENTRY = 'api::points-entry.points-entry';
const SCORES = 'api::score-publication.score-publication';

async function namesOf(strapi: Core.Strapi, uid: string, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = (await strapi.db.query(uid as never).findMany({
      where: { documentId: { $in: ids.slice(i, i + 500) } },
      select: ['documentId', 'name'],
    })) as {
      documentId: string;
      name: string;
    }[];
    for (const r of rows) names.set(r.documentId, r.name);
  }
  return names;
}

/** Totals per holder straight from the ledger (one grouped query: a million entries stay quick). */
export async function quarterTotals(strapi: Core.Strapi, quarter: string): Promise<Omit<Total, 'name'>[]> {
  const meta = strapi.db.metadata.get(ENTRY);
  // Inside a transaction (an upheld objection re-ranks the table) the query must use its connection.
  const rows = (await strapi.db.transaction(async ({ trx }) =>
    trx(meta.tableName)
      .select('holder_key')
      .sum({ points: 'points' })
      .select(trx.raw("SUM(CASE kind WHEN 'award' THEN 1 WHEN 'reversal' THEN -1 ELSE 0 END) AS tasks"))
      .where({ quarter })
      .whereNotNull('holder_key')
      .groupBy('holder_key'),
  )) as { holder_key: string; points: number | string; tasks: number | string }[];
  return rows.map((r) => ({ holder: r.holder_key, points: Number(r.points), tasksDone: Number(r.tasks) }));
}

export async function quarterStandings(strapi: Core.Strapi, quarter: string): Promise<Standing[]> {
  const totals = await quarterTotals(strapi, quarter);
  const ids = (kind: string) =>
    totals.filter((t) => t.holder.startsWith(`${kind}:`)).map((t) => t.holder.slice(kind.length + 1));
  const members = await namesOf(strapi, 'api::party-member.party-member', ids('member'));
  const units = await namesOf(strapi, 'api::partner-unit.partner-unit', ids('unit'));
  const name = (h: string) =>
    (h.startsWith('member:') ? members.get(h.slice(7)) : units.get(h.slice(5))) ?? '';
  return rankTotals(totals.map((t) => ({ ...t, name: name(t.holder) })));
}

export async function idOf(
  strapi: Core.Strapi,
  uid: string,
  where: Record<string, unknown>,
): Promise<string> {
  const row = (await strapi.db.query(uid as never).findOne({ where, select: ['documentId'] })) as {
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
    await strapi.documents(SCORES).update({ documentId: existing.documentId, data: { ranking } as never });
    return { publication: existing.documentId, drafted: true };
  }
  return createOnce<{ publication: string; drafted: boolean }>(
    async () => {
      const doc = await strapi
        .documents(SCORES)
        .create({ data: { quarter, ranking, status: 'draft' } as never });
      return { publication: doc.documentId, drafted: true };
    },
    async () => ({ publication: await idOf(strapi, SCORES, { quarter }), drafted: false }),
  );
}
