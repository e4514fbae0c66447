/**
 * The quarterly score table: drafted from the ledger at quarter end, published by a supervisor, open to
 * objections for five days, then final and frozen.
 */
import type { Core } from '@strapi/strapi';
import { rankTotals, type Standing, type Total } from '@yanzhen/config';
import { createOnce } from './once';
import { quarterTotalsOf } from './totals';

const SCORES = 'api::score-publication.score-publication';

/** Totals per holder: a read of the quarter's rows of the totals the ledger keeps, never a sum of the ledger. */
export async function quarterTotals(strapi: Core.Strapi, quarter: string): Promise<Total[]> {
  return quarterTotalsOf(strapi, quarter, false);
}

/** The quarter's ranking, without names: what the score table is computed from. */
export async function quarterRanking(strapi: Core.Strapi, quarter: string): Promise<Standing[]> {
  return rankTotals(await quarterTotals(strapi, quarter));
}

/** The ranking with each holder's name (joined in the same read), as a published table shows it. */
export async function quarterStandings(strapi: Core.Strapi, quarter: string): Promise<Standing[]> {
  return rankTotals(await quarterTotalsOf(strapi, quarter, true));
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
