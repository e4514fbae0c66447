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
import { PanelError, type FieldIssue } from '../panel/errors';

const APPRAISAL = 'api::appraisal.appraisal';
const ITEMS = rules.appraisal.items.map((i) => i.key);
const INPUTS = [...ITEMS, 'barsExcellent', 'barsPass', 'dismissal', 'worker', 'year', 'taskBoardReason'];
const ON_DUTY = { status: { $notIn: ['left', 'dismissed'] } };

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Data = Record<string, unknown>;

const idOf = (v: unknown): string | null =>
  typeof v === 'string' ? v : v && typeof v === 'object' && 'documentId' in v ? String(v.documentId) : null;
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
  const entries = (await strapi.db.query('api::points-entry.points-entry').findMany({
    where: {
      holderKey: { $in: members.map((m) => `member:${m.documentId}`) },
      quarter: { $in: [1, 2, 3, 4].map((q) => `${year}-Q${q}`) },
    },
    select: ['points'],
  })) as { points: number }[];
  return entries.reduce((s, e) => s + e.points, 0);
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

export function appraisalScoring(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== APPRAISAL || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { data?: Data; documentId?: string };
    const data = (params.data ?? {}) as Data;
    if (!INPUTS.some((k) => k in data)) return next();
    const current = (
      params.documentId
        ? await strapi.db.query(APPRAISAL).findOne({
            where: { documentId: params.documentId },
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
    const worker = idOf(merged.worker);
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
    if (Object.keys(issues).length) {
      throw new PanelError(
        400,
        'validation',
        {
          count: Object.keys(issues).length,
          fields: { resource: 'appraisals', fields: Object.keys(issues) },
        },
        issues,
      );
    }
    const town = worker ? await workerTown(strapi, worker) : null;
    if (outcome.grade === 'excellent' && town) await assertQuota(strapi, town, year, params.documentId);
    Object.assign(data, outcome, {
      town: town?.documentId ?? null,
      barsExcellent: conditions.barsExcellent,
      barsPass: conditions.barsPass,
      dismissal: conditions.dismissal,
    });
    return next();
  };
}
