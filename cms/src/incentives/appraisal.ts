/**
 * The appraisal hook: on every save, total and grade from the scores and conditions (never typed), the
 * 揭榜领单 item proposed from the worker's task-board points, and the town's excellent quota — checked
 * under a lock, so two concurrent saves cannot both take the last place.
 */
import type { Core } from '@strapi/strapi';
import {
  type AppraisalItemKey,
  appraise,
  type Conditions,
  excellentLimit,
  rules,
  taskBoardProposal,
  unknownConditions,
} from '@yanzhen/config';
import { lockFor } from '../db/lock';
import { yearPointsOf } from '../taskboard/totals';
import { onWrite, WRITES } from '../db/on-write';
import { afterWrite } from '../db/relations';
import { PanelError, validationError, type FieldIssue } from '../panel/errors';

const APPRAISAL = 'api::appraisal.appraisal';
const ITEMS = rules.appraisal.items.map((i) => i.key);
const INPUTS = [...ITEMS, 'barsExcellent', 'barsPass', 'dismissal', 'worker', 'year', 'taskBoardReason'];
const ON_DUTY = { status: { $notIn: ['left', 'dismissed'] } };

type Data = Record<string, unknown>;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

async function workerTown(strapi: Core.Strapi, worker: string) {
  const w = (await strapi.db.query('api::worker.worker').findOne({
    where: { documentId: worker },
    select: ['documentId'],
    populate: {
      community: { select: ['documentId'], populate: { town: { select: ['documentId', 'name'] } } },
    },
  })) as { community: { town: { documentId: string; name: string } | null } | null } | null;
  return w?.community?.town ?? null;
}

/** The year's task-board points of the party member(s) this worker is. */
/** The 揭榜领单 score proposed from a worker's task-board points of a year (null: not a party member). */
export async function proposalFor(
  strapi: Core.Strapi,
  worker: string,
  year: number,
): Promise<{ points: number | null; proposal: number | null }> {
  const points = await yearPoints(strapi, worker, year);
  return { points, proposal: points === null ? null : taskBoardProposal(points) };
}

async function yearPoints(strapi: Core.Strapi, worker: string, year: number): Promise<number | null> {
  const members = (await strapi.db
    .query('api::party-member.party-member')
    .findMany({ where: { worker: { documentId: worker } }, select: ['documentId'] })) as {
    documentId: string;
  }[];
  if (!members.length) return null;
  return yearPointsOf(
    strapi,
    members.map((m) => `member:${m.documentId}`),
    year,
  );
}

async function assertQuota(
  strapi: Core.Strapi,
  town: { documentId: string; name: string },
  year: number,
  self?: string,
) {
  await lockFor(strapi, `appraisal-quota:${town.documentId}:${year}`);
  const used = Number(
    await strapi.db.query(APPRAISAL).count({
      where: {
        town: { documentId: town.documentId },
        year,
        grade: 'excellent',
        ...(self && { documentId: { $ne: self } }),
      },
    }),
  );
  const headcount = Number(
    await strapi.db
      .query('api::worker.worker')
      .count({ where: { ...ON_DUTY, community: { town: { documentId: town.documentId } } } }),
  );
  const limit = excellentLimit(headcount);
  if (used >= limit) {
    throw new PanelError(409, 'excellent_quota_full', {
      town: town.name,
      year,
      headcount,
      limit,
      used,
      remaining: Math.max(0, limit - used),
    });
  }
}

export const appraisalScoring = onWrite(APPRAISAL, WRITES, async (write, next) => {
  const { strapi, data, documentId } = write;
  if (!INPUTS.some((k) => k in data)) return next();
  const current = (
    documentId
      ? await strapi.db.query(APPRAISAL).findOne({
          where: { documentId },
          populate: { worker: { select: ['documentId'] } },
        })
      : {}
  ) as Data;
  const merged = { ...current, ...data };
  const conditions: Conditions = {
    barsExcellent: list(merged.barsExcellent),
    barsPass: list(merged.barsPass),
    dismissal: list(merged.dismissal),
  };
  const issues: Record<string, FieldIssue> = {};
  for (const [kind, keys] of Object.entries(unknownConditions(conditions)))
    issues[kind] = { code: 'unknown_condition', params: { keys: keys.join('、') } };
  const scores = Object.fromEntries(ITEMS.map((k) => [k, Number(merged[k] ?? 0)])) as Record<
    AppraisalItemKey,
    number
  >;
  const outcome = appraise(scores, conditions);
  const worker = afterWrite(await write.relation('worker'), current.worker);
  const year = Number(merged.year);
  const proposal = worker ? await yearPoints(strapi, worker, year) : null;
  data.taskBoardProposed = proposal === null ? null : taskBoardProposal(proposal);
  if (
    data.taskBoardProposed !== null &&
    scores.taskBoard !== data.taskBoardProposed &&
    !merged.taskBoardReason
  ) {
    issues.taskBoardReason = {
      code: 'differs_from_proposal',
      params: { proposal: Number(data.taskBoardProposed) },
    };
  }
  if (Object.keys(issues).length) throw validationError('appraisals', issues);
  const town = worker ? await workerTown(strapi, worker) : null;
  if (outcome.grade === 'excellent' && town) await assertQuota(strapi, town, year, documentId ?? undefined);
  Object.assign(data, outcome, {
    town: town?.documentId ?? null,
    barsExcellent: conditions.barsExcellent,
    barsPass: conditions.barsPass,
    dismissal: conditions.dismissal,
  });
  return next();
});
