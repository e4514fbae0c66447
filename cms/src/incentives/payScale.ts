/** The pay-table hook: the grid's shape, and no cell whose yearly base falls below the city average wage. */
import type { Core } from '@strapi/strapi';
import { belowFloor, cellProblems, rules } from '@yanzhen/config';
import { PanelError, type FieldIssue } from '../panel/errors';

const PAY_SCALE = 'api::pay-scale.pay-scale';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Data = Record<string, unknown>;

const yuan = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

export function payScaleFloor(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== PAY_SCALE || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { data?: Data; documentId?: string };
    const data = (params.data ?? {}) as Data;
    if (ctx.action === 'create') {
      data.qualificationAllowances ??= rules.pay.qualificationAllowance;
      data.rates ??= rules.pay.rates;
    }
    if (!('cells' in data) && !('cityAverageWage' in data)) return next();
    const current = (
      params.documentId
        ? await strapi.db.query(PAY_SCALE).findOne({ where: { documentId: params.documentId } })
        : {}
    ) as Data;
    const merged = { ...current, ...data };
    let issue: FieldIssue | null = cellProblems(merged.cells).length ? { code: 'cells_shape' } : null;
    if (!issue) {
      const low = belowFloor({
        cells: merged.cells as Record<string, number[]>,
        cityAverageWage: Number(merged.cityAverageWage),
      });
      const cells = low
        .map((c) => `第${c.post}岗第${c.level}级（月 ${yuan(c.monthly)} 元，年 ${yuan(c.monthly * 12)} 元）`)
        .join('、');
      if (low.length)
        issue = { code: 'below_floor', params: { wage: yuan(Number(merged.cityAverageWage)), cells } };
    }
    if (issue)
      throw new PanelError(
        400,
        'validation',
        { count: 1, fields: { resource: 'pay-scales', fields: ['cells'] } },
        { cells: issue },
      );
    return next();
  };
}
