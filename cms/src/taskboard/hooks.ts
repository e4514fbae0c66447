/**
 * Document Service hooks of the task board: they run once per document operation, whatever door the
 * write came through (panel, Strapi's admin, a job).
 */
import { duplicateAmong, needsOf, pointsOf, tierOf } from '@yanzhen/config';
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
    populate: { community: { select: ['documentId'] } },
  })) ?? {}) as Data;
}

/** A new need asks for the specialties its category usually needs, until triage says otherwise. */
export const taskDefaults = onWrite(TASK, ['create'], async ({ data }, next) => {
  if (data.specialties === undefined || data.specialties === null)
    data.specialties = needsOf(typeof data.category === 'string' ? data.category : null);
  return next();
});

/**
 * Tier and points follow from the needs. A need that probably repeats an earlier open one of the same
 * community (compound or not; a nearly equal title across categories) is flagged with that one.
 */
export const taskScoring = onWrite(TASK, WRITES, async (write, next) => {
  const { strapi, data, action } = write;
  const touchesNeeds = NEEDS.some((k) => k in data);
  const touchesPlace = ['title', 'community', 'category'].some((k) => k in data);
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
  const community = afterWrite(await write.relation('community'), stored.community);
  if (touchesPlace && community && typeof merged.title === 'string') {
    // Only earlier needs: of two reports of one need, the later is flagged, never both.
    const open = (await strapi.db.query(TASK).findMany({
      where: {
        community: { documentId: community },
        status: { $in: OPEN },
        ...(self && { documentId: { $ne: self }, id: { $lt: Number(stored.id) } }),
      },
      select: ['id', 'documentId', 'title', 'category'],
    })) as { documentId: string; title: string; category: string }[];
    data.duplicateOf =
      duplicateAmong({ title: merged.title, category: merged.category }, open)?.documentId ?? null;
  }
  return next();
});
