/**
 * Invariants that hold whatever door a write comes through, Strapi's own admin included: the points
 * ledger is append-only, and a final score table is frozen.
 */
import { errors } from '@strapi/utils';
import { CHANGES, onWrite } from '../db/on-write';

const LEDGER = 'api::points-entry.points-entry';
const SCORES = 'api::score-publication.score-publication';

export const appendOnlyLedger = onWrite(LEDGER, CHANGES, async () => {
  throw new errors.ForbiddenError('积分台账只能追加，不能修改或删除 (the points ledger is append-only)');
});

export const frozenScores = onWrite(SCORES, CHANGES, async ({ strapi, documentId }, next) => {
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
});
