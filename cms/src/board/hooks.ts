/**
 * Document Service middlewares of the task board: they run once per document operation, whatever door
 * the write came through (panel, Strapi's admin, a job). Each guards first and always returns next().
 */
import type { Core } from '@strapi/strapi';
import { likelyDuplicate, pointsOf, tierOf } from '@yanzhen/config';

const TASK = 'api::task.task';
const OPEN = ['collected', 'triaged', 'listed', 'claimed', 'submitted', 'rejected'];
const NEEDS = ['difficulty', 'peopleNeeded', 'hoursNeeded', 'needsFunding'] as const;

type Data = Record<string, unknown>;
type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type DocCtx = Parameters<Middleware>[0];

const idOf = (v: unknown): string | null =>
  typeof v === 'string' ? v : v && typeof v === 'object' && 'documentId' in v ? String(v.documentId) : null;

async function current(strapi: Core.Strapi, ctx: DocCtx): Promise<Data> {
  const documentId = (ctx.params as { documentId?: string }).documentId;
  if (ctx.action !== 'update' || !documentId) return {};
  return ((await strapi.db.query(TASK).findOne({
    where: { documentId },
    populate: { compound: { select: ['documentId'] } },
  })) ?? {}) as Data;
}

/** Tier and points follow from the needs; an open task with a similar title in the same place is flagged. */
export function taskScoring(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== TASK || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const data = ((ctx.params as { data?: Data }).data ?? {}) as Data;
    const touchesNeeds = NEEDS.some((k) => k in data);
    const touchesPlace = ['title', 'compound', 'category'].some((k) => k in data);
    if (!touchesNeeds && !touchesPlace) return next();
    const merged = { ...(await current(strapi, ctx)), ...data };
    if (touchesNeeds && NEEDS.slice(0, 3).every((k) => typeof merged[k] === 'number')) {
      const needs = {
        difficulty: Number(merged.difficulty),
        peopleNeeded: Number(merged.peopleNeeded),
        hoursNeeded: Number(merged.hoursNeeded),
        needsFunding: Boolean(merged.needsFunding),
      };
      data.tier = tierOf(needs);
      data.points = pointsOf(needs.difficulty);
    }
    const compound = idOf(merged.compound);
    if (touchesPlace && compound && typeof merged.title === 'string') {
      const self = (ctx.params as { documentId?: string }).documentId;
      const open = (await strapi.db.query(TASK).findMany({
        where: {
          compound: { documentId: compound },
          category: merged.category,
          status: { $in: OPEN },
          ...(self && { documentId: { $ne: self } }),
        },
        select: ['documentId', 'title'],
      })) as { documentId: string; title: string }[];
      data.duplicateOf = likelyDuplicate(merged.title, open)?.documentId ?? null;
    }
    return next();
  };
}
