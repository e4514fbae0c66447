/**
 * Document Service hooks of the task board: they run once per document operation, whatever door the
 * write came through (panel, Strapi's admin, a job).
 */
import { likelyDuplicate, pointsOf, tierOf } from '@yanzhen/config';
import type { Core } from '@strapi/strapi';
import { onWrite, WRITES } from '../db/on-write';
import { afterWrite } from '../db/relations';

const TASK = 'api::task.task';
const OPEN = ['collected', 'triaged', 'listed', 'claimed', 'submitted', 'rejected'];
const NEEDS = ['difficulty', 'peopleNeeded', 'hoursNeeded', 'needsFunding'] as const;

type Data = Record<string, unknown>;

async function current(strapi: Core.Strapi, documentId: string | null): Promise<Data> {
  if (!documentId) return {};
  return ((await strapi.db.query(TASK).findOne({
    where: { documentId },
    populate: { compound: { select: ['documentId'] } },
  })) ?? {}) as Data;
}

/** Tier and points follow from the needs; an open task with a similar title in the same place is flagged. */
export const taskScoring = onWrite(TASK, WRITES, async (write, next) => {
  const { strapi, data, action } = write;
  const touchesNeeds = NEEDS.some((k) => k in data);
  const touchesPlace = ['title', 'compound', 'category'].some((k) => k in data);
  if (!touchesNeeds && !touchesPlace) return next();
  const self = action === 'update' ? write.documentId : null;
  const stored = await current(strapi, self);
  const merged = { ...stored, ...data };
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
  const compound = afterWrite(await write.relation('compound'), stored.compound);
  if (touchesPlace && compound && typeof merged.title === 'string') {
    const open = (await strapi.db.query(TASK).findMany({
      where: {
        compound: { documentId: compound },
        category: merged.category,
        status: { $in: OPEN },
        ...(self && { documentId: { $ne: self } }),
      },
      select: ['id', 'documentId', 'title'],
    })) as { documentId: string; title: string }[];
    data.duplicateOf = likelyDuplicate(merged.title, open)?.documentId ?? null;
  }
  return next();
});
