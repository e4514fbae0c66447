/**
 * The career chain (worker → community committee cadre → township deputy section chief) and pay levels:
 * a promotion starts from where the worker is, goes one step up, and on approval moves the worker.
 */
import type { Core } from '@strapi/strapi';
import { onWrite } from '../db/on-write';
import { relationDocumentId } from '../db/relations';
import { validationError, type FieldIssue } from '../panel/errors';

const PROMOTION = 'api::promotion.promotion';
const WORKER = 'api::worker.worker';
export const CHAIN = ['worker', 'cadre', 'township'] as const;

type Data = Record<string, unknown>;

/** On create: the starting point is the worker's own, and the target the next step. */
export const promotionChain = onWrite(PROMOTION, ['create'], async (write, next) => {
  const { strapi, data } = write;
  const worker = await write.relation('worker');
  const w = (
    worker
      ? await strapi.db
          .query(WORKER)
          .findOne({ where: { documentId: worker }, select: ['careerStage', 'payLevel'] })
      : null
  ) as { careerStage: (typeof CHAIN)[number]; payLevel: number } | null;
  if (!w) return next();
  const issues: Record<string, FieldIssue> = {};
  if ((data.kind ?? 'stage') === 'stage') {
    const nextStage = CHAIN[CHAIN.indexOf(w.careerStage) + 1];
    data.fromStage = w.careerStage;
    if (!nextStage || data.toStage !== nextStage)
      issues.toStage = { code: 'not_next_stage', params: { stage: nextStage ?? '—' } };
  } else {
    data.fromLevel = w.payLevel;
    const to = Number(data.toLevel);
    if (!Number.isInteger(to) || to <= w.payLevel || to > 8)
      issues.toLevel = { code: 'not_higher_level', params: { level: w.payLevel } };
  }
  if (Object.keys(issues).length) throw validationError('promotions', issues);
  return next();
});

/** An approved promotion moves the worker: career stage or pay level. */
export async function applyPromotion(strapi: Core.Strapi, p: Data): Promise<void> {
  const worker = relationDocumentId(p.worker);
  if (!worker) return;
  const data =
    p.kind === 'level'
      ? { payLevel: p.toLevel as number }
      : { careerStage: p.toStage as (typeof CHAIN)[number] };
  await strapi.documents(WORKER).update({ documentId: worker, data });
}

/** Two consecutive excellent years propose a level rise (once per pair of years). */
export async function proposeLevelRise(strapi: Core.Strapi, appraisal: Data): Promise<void> {
  const worker = relationDocumentId(appraisal.worker);
  const year = Number(appraisal.year);
  if (!worker || appraisal.grade !== 'excellent') return;
  const previous = await strapi.db.query('api::appraisal.appraisal').findOne({
    where: { worker: { documentId: worker }, year: year - 1, grade: 'excellent', status: 'approved' },
    select: ['id'],
  });
  const w = (await strapi.db
    .query(WORKER)
    .findOne({ where: { documentId: worker }, select: ['payLevel'] })) as { payLevel: number } | null;
  if (!previous || !w || w.payLevel >= 8) return;
  const reason = `${year - 1}、${year}年度连续两年考核优秀，建议晋升一级薪级`;
  const already = await strapi.db
    .query(PROMOTION)
    .findOne({ where: { worker: { documentId: worker }, kind: 'level', reason }, select: ['id'] });
  if (already) return;
  await strapi.documents(PROMOTION).create({
    data: {
      worker,
      kind: 'level',
      toLevel: w.payLevel + 1,
      date: new Date().toISOString().slice(0, 10),
      status: 'proposed',
      reason,
    },
  });
}
