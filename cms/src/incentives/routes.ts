/** Incentives' own panel endpoints: a payroll as Excel, a worker's pay history and appraisal evidence, a pay table's cost. */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { assertCan } from '../panel/access';
import type { Panel } from '../panel/context';
import { validationError } from '../panel/errors';
import type { Resource } from '../panel/model';
import type { DomainRoute } from '../panel/domain';
import type { Viewer } from '../panel/viewer';
import { proposalFor } from './appraisal';
import { costOf, costQuery } from './cost';
import { costWorkbook } from './costExcel';
import { deriveTable } from './derive';
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

/**
 * A table's cost is for those who keep pay — staff and supervisors (the roles that read payroll lines),
 * over the workers in their scope; publicity, members and units never read it.
 */
async function cost(ctx: Context, viewer: Viewer, { strapi, registry, service, access }: Panel) {
  assertCan(viewer, registry.byName('payroll-lines') as Resource, 'find');
  const workers = registry.byName('workers') as Resource;
  assertCan(viewer, workers, 'find');
  const { id } = await service.one(viewer, registry.byName('pay-scales') as Resource, ctx.params.id);
  const query = costQuery(ctx.query);
  const table = (await strapi.db
    .query('api::pay-scale.pay-scale')
    .findOne({ where: { documentId: id } })) as Record<string, unknown>;
  return costOf(strapi, { viewer, access, workers, table, ...query });
}

export const incentiveRoutes: DomainRoute[] = [
  { method: 'GET', path: '/pay-scales/:id/cost', handler: cost },
  { method: 'POST', path: '/pay-scales/:id/derive', handler: deriveTable, status: 201 },
  {
    method: 'GET',
    path: '/pay-scales/:id/cost.xlsx',
    async handler(ctx, viewer, panel) {
      const figures = await cost(ctx, viewer, panel);
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.set('Content-Disposition', `attachment; filename="pay-scale-${figures.table.year}-cost.xlsx"`);
      return costWorkbook(figures);
    },
  },
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
