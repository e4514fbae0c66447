/** The pay-table hook: the grid's shape, and no cell whose yearly base falls below the city average wage. */
import { belowFloor, cellProblems, rules } from '@yanzhen/config';
import { onWrite, WRITES } from '../db/on-write';
import { validationError, type FieldIssue } from '../panel/errors';

const PAY_SCALE = 'api::pay-scale.pay-scale';

type Data = Record<string, unknown>;

const yuan = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

export const payScaleFloor = onWrite(
  PAY_SCALE,
  WRITES,
  async ({ strapi, action, data, documentId }, next) => {
    if (action === 'create') {
      data.qualificationAllowances ??= rules.pay.qualificationAllowance;
      data.rates ??= rules.pay.rates;
    }
    if (!('cells' in data) && !('cityAverageWage' in data)) return next();
    const current = (
      documentId ? await strapi.db.query(PAY_SCALE).findOne({ where: { documentId } }) : {}
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
    if (issue) throw validationError('pay-scales', { cells: issue });
    return next();
  },
);
