/**
 * 学历提升项目: the subsidy rate is at least the district's minimum (refused on the field otherwise), and a
 * changed rate carries through to the programme's enrolments in the same transaction.
 */
import type { Core } from '@strapi/strapi';
import { rules, subsidyOf, subsidyRateAllowed } from '@yanzhen/config';
import { onWrite, WRITES } from '../db/on-write';
import { validationError } from '../panel/errors';

const PROGRAM = 'api::degree-program.degree-program';
const ENROLLMENT = 'api::enrollment.enrollment';

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

function refuse(rate: number): never {
  throw validationError('degree-programs', {
    subsidyRate: {
      code: 'subsidy_rate_min',
      params: { min: percent(rules.workforce.degree.minSubsidyRate), rate: percent(rate) },
    },
  });
}

async function resubsidise(strapi: Core.Strapi, documentId: string, rate: number): Promise<void> {
  const rows = (await strapi.db.query(ENROLLMENT).findMany({
    where: { program: { documentId } },
    select: ['id', 'tuition'],
  })) as { id: number; tuition: number | string | null }[];
  for (const e of rows.filter((row) => row.tuition != null)) {
    await strapi.db
      .query(ENROLLMENT)
      .update({ where: { id: e.id }, data: { subsidy: subsidyOf(Number(e.tuition), rate) } });
  }
}

export const subsidyRateFloor = onWrite(PROGRAM, WRITES, async ({ strapi, data, documentId: self }, next) => {
  if (!('subsidyRate' in data)) return next();
  const rate = Number(data.subsidyRate);
  if (!subsidyRateAllowed(rate)) refuse(rate);
  if (!self) return next();
  return strapi.db.transaction(async () => {
    const before = (await strapi.db
      .query(PROGRAM)
      .findOne({ where: { documentId: self }, select: ['subsidyRate'] })) as {
      subsidyRate: number | string;
    } | null;
    const result = await next();
    if (before && Number(before.subsidyRate) !== rate) await resubsidise(strapi, self, rate);
    return result;
  });
});
