/**
 * Invariants that hold whatever door a write comes through, Strapi's own admin included: the points
 * ledger is append-only, and a final score table is frozen.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const LEDGER = 'api::points-entry.points-entry';
const SCORES = 'api::score-publication.score-publication';
const CHANGES = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export const appendOnlyLedger: Middleware = async (ctx, next) => {
  if (ctx.uid !== LEDGER || !CHANGES.has(ctx.action)) return next();
  throw new errors.ForbiddenError('积分台账只能追加，不能修改或删除 (the points ledger is append-only)');
};

export function frozenScores(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== SCORES || !CHANGES.has(ctx.action)) return next();
    const documentId = (ctx.params as { documentId?: string }).documentId;
    const row = (await strapi.db
      .query(SCORES)
      .findOne({ where: { documentId }, select: ['status', 'finalizedAt'] })) as {
      status: string;
      finalizedAt: string | null;
    } | null;
    // Finalising writes `finalizedAt` once; from then on the table is frozen.
    if (row?.status === 'final' && row.finalizedAt) {
      throw new errors.ForbiddenError('季度积分已定稿，不能再修改 (a final score table is frozen)');
    }
    return next();
  };
}
