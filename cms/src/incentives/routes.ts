/** Pay's own panel endpoints: a payroll as Excel, and a worker's pay history. */
import type { Core } from '@strapi/strapi';
import { assertCan } from '../panel/access';
import { PanelError } from '../panel/errors';
import type { Resource } from '../panel/model';
import type { DomainRoute } from '../panel/routes';
import { proposalFor } from './appraisal';
import { payrollWorkbook } from './excel';
import type { Line } from './payroll';

async function payHistory(strapi: Core.Strapi, worker: string) {
  const payrolls = (await strapi.db
    .query('api::payroll.payroll')
    .findMany({ where: { status: 'approved' }, select: ['month', 'lines'], orderBy: { month: 'asc' } })) as {
    month: string;
    lines: Line[];
  }[];
  const months = payrolls.flatMap((p) => {
    const l = p.lines.find((x) => x.worker === worker);
    return l
      ? [
          {
            month: p.month,
            postTier: l.postTier,
            payLevel: l.payLevel,
            base: l.base,
            gross: l.gross,
            net: l.net,
          },
        ]
      : [];
  });
  const changes = await strapi.db.query('api::promotion.promotion').findMany({
    where: { worker: { documentId: worker }, status: 'approved' },
    select: ['date', 'kind', 'fromStage', 'toStage', 'fromLevel', 'toLevel', 'reason'],
    orderBy: { date: 'asc' },
  });
  return { months, changes };
}

export const incentiveRoutes: DomainRoute[] = [
  {
    method: 'GET',
    path: '/payrolls/:id/export.xlsx',
    async handler(ctx, viewer, { registry, service }) {
      const p = await service.one(viewer, registry.byName('payrolls') as Resource, ctx.params.id);
      if (!Array.isArray(p.lines))
        throw new PanelError(409, 'no_approved_table', { year: String(p.month).slice(0, 4) });
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.set('Content-Disposition', `attachment; filename="payroll-${p.month}.xlsx"`);
      return payrollWorkbook(String(p.month), p.lines as Line[]);
    },
  },
  {
    method: 'GET',
    path: '/workers/:id/pay-history',
    async handler(ctx, viewer, { strapi, registry, service }) {
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
        throw new PanelError(
          400,
          'validation',
          { count: 1, fields: { resource: 'appraisals', fields: ['year'] } },
          { year: { code: 'type_integer' } },
        );
      const w = await service.one(viewer, registry.byName('workers') as Resource, ctx.params.id);
      return { worker: w.id, year, ...(await proposalFor(strapi, String(w.id), year)) };
    },
  },
];
