/** Incentives' own panel endpoints: a payroll as Excel, a worker's pay history and appraisal evidence. */
import type { Core } from '@strapi/strapi';
import { assertCan } from '../panel/access';
import { validationError } from '../panel/errors';
import type { Resource } from '../panel/model';
import type { DomainRoute } from '../panel/domain';
import { proposalFor } from './appraisal';
import { evidenceFor } from './evidence';
import { payrollWorkbook } from './excel';
import { LINE } from './payroll';

/** A worker's pay month by month, from the lines of approved payrolls, and the promotions that changed it. */
async function payHistory(strapi: Core.Strapi, worker: string) {
  const lines = (await strapi.db.query(LINE).findMany({
    where: { worker: { documentId: worker }, payroll: { status: 'approved' } },
    // The where joins relations, so Strapi selects DISTINCT: the id keeps two equal rows apart.
    select: ['id', 'month', 'postTier', 'payLevel', 'base', 'gross', 'net'],
    orderBy: { month: 'asc' },
  })) as Record<string, unknown>[];
  const months = lines.map(({ month, postTier, payLevel, base, gross, net }) => ({
    month,
    postTier,
    payLevel,
    base,
    gross,
    net,
  }));
  const changes = await strapi.db.query('api::promotion.promotion').findMany({
    where: { worker: { documentId: worker }, status: 'approved' },
    select: ['id', 'date', 'kind', 'fromStage', 'toStage', 'fromLevel', 'toLevel', 'reason'],
    orderBy: { date: 'asc' },
  });
  return { months, changes: changes.map(({ id: _id, ...change }) => change) };
}

export const incentiveRoutes: DomainRoute[] = [
  {
    method: 'GET',
    path: '/payrolls/:id/export.xlsx',
    async handler(ctx, viewer, { strapi, registry, service, access }) {
      const lines = registry.byName('payroll-lines') as Resource;
      assertCan(viewer, lines, 'find');
      const p = await service.one(viewer, registry.byName('payrolls') as Resource, ctx.params.id);
      const book = await payrollWorkbook(strapi, access, viewer, lines, { id: p.id, month: String(p.month) });
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.set('Content-Disposition', `attachment; filename="payroll-${p.month}.xlsx"`);
      return book;
    },
  },
  {
    method: 'GET',
    path: '/workers/:id/pay-history',
    async handler(ctx, viewer, { strapi, registry, service }) {
      // Pay is for those who keep it: staff and supervisors, and only for workers in their scope.
      assertCan(viewer, registry.byName('payroll-lines') as Resource, 'find');
      const w = await service.one(viewer, registry.byName('workers') as Resource, ctx.params.id);
      return payHistory(strapi, w.id);
    },
  },
  {
    /** What the appraisal form proposes for 揭榜领单 before the first save, for whoever may enter one. */
    method: 'GET',
    path: '/workers/:id/task-board-proposal',
    async handler(ctx, viewer, { strapi, registry, service }) {
      assertCan(viewer, registry.byName('appraisals') as Resource, 'create');
      const year = Number(ctx.query.year);
      if (!/^\d{4}$/.test(String(ctx.query.year ?? '')))
        throw validationError('appraisals', { year: { code: 'type_integer' } });
      const w = await service.one(viewer, registry.byName('workers') as Resource, ctx.params.id);
      return { worker: w.id, year, ...(await proposalFor(strapi, String(w.id), year)) };
    },
  },
  {
    /** What the records hold for a worker's appraisal year, beside the items it bears on. */
    method: 'GET',
    path: '/workers/:id/appraisal-evidence',
    async handler(ctx, viewer, { strapi, registry, service }) {
      assertCan(viewer, registry.byName('appraisals') as Resource, 'find');
      const year = Number(ctx.query.year);
      if (!/^\d{4}$/.test(String(ctx.query.year ?? '')))
        throw validationError('appraisals', { year: { code: 'type_integer' } });
      const w = await service.one(viewer, registry.byName('workers') as Resource, ctx.params.id);
      return { worker: w.id, year, ...(await evidenceFor(strapi, String(w.id), year)) };
    },
  },
];
