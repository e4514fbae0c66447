/** Appraisals, pay tables, promotions and payrolls: who approves, what an approval locks, what it sets off. */
import { panelOf } from '../panel/context';
import { PanelError } from '../panel/errors';
import type { Workflow } from '../panel/workflow';
import { draftPayroll } from './payroll';
import { applyPromotion, proposeLevelRise } from './promotion';

export const appraisalWorkflow: Workflow = {
  field: 'status',
  editableIn: ['draft'],
  /** One appraisal per worker and year: a second one is a 409 naming the first. */
  async beforeCreate({ strapi, input }) {
    if (!input.worker || input.year === undefined) return;
    const found = (await strapi.db.query('api::appraisal.appraisal').findOne({
      where: { worker: { documentId: input.worker }, year: input.year },
      select: ['documentId'],
      populate: { worker: { select: ['name'] } },
    })) as { documentId: string; worker: { name: string } | null } | null;
    if (found) {
      throw new PanelError(409, 'appraisal_exists', {
        worker: found.worker?.name ?? '',
        year: Number(input.year),
        id: found.documentId,
      });
    }
  },
  record: {
    approve: { from: ['draft'], to: 'approved', after: (ctx) => proposeLevelRise(ctx.strapi, ctx.record) },
    /** A correction reopens an approved appraisal; the reason stays on it and in the audit trail. */
    reopen: { from: ['approved'], to: 'draft', takes: { correctionReason: true } },
  },
  collection: {
    /** A town's year at once: each appraisal through the same approval, inside the supervisor's scope. */
    approveTown: {
      scoped: true,
      takes: { town: true, year: true },
      async run({ strapi, viewer, resource, input }) {
        const drafts = (await strapi.db.query('api::appraisal.appraisal').findMany({
          where: { town: { documentId: input.town }, year: input.year, status: 'draft' },
          select: ['documentId'],
        })) as { documentId: string }[];
        const { actions } = panelOf(strapi);
        let approved = 0;
        const refused: string[] = [];
        for (const a of drafts) {
          try {
            await actions.onRecord(viewer, resource, a.documentId, 'approve', {});
            approved += 1;
          } catch (e) {
            if (!(e instanceof PanelError)) throw e;
            refused.push(a.documentId);
          }
        }
        return { approved, refused };
      },
    },
  },
};

export const payScaleWorkflow: Workflow = {
  field: 'status',
  editableIn: ['draft'],
  record: { approve: { from: ['draft'], to: 'approved' } },
};

export const promotionWorkflow: Workflow = {
  field: 'status',
  editableIn: ['proposed'],
  /** A worker's pay and stage: set when the worker is entered, changed later only by an approved promotion. */
  owns: {
    fromStage: 'always',
    fromLevel: 'always',
    'workers.payLevel': 'update',
    'workers.postTier': 'update',
    'workers.careerStage': 'update',
  },
  record: {
    approve: { from: ['proposed'], to: 'approved', after: (ctx) => applyPromotion(ctx.strapi, ctx.record) },
    reject: { from: ['proposed'], to: 'rejected', takes: { reason: true } },
  },
};

export const payrollWorkflow: Workflow = {
  field: 'status',
  editableIn: [],
  record: { approve: { from: ['draft'], to: 'approved' } },
  collection: {
    draft: { takes: { month: true }, run: (ctx) => draftPayroll(ctx.strapi, String(ctx.input.month)) },
  },
};
