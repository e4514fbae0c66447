/** Workers and secondments in any state, straight through the Document Service, for the workforce tests. */
import type { Core } from '@strapi/strapi';

export const SECONDMENT_STATES = [
  'applied',
  'tested',
  'approved',
  'rejected',
  'active',
  'completed',
] as const;
export type SecondmentState = (typeof SECONDMENT_STATES)[number];

let n = 0;

/** The documentId of a community by name (the demo's 和平社区 is the clerk's). */
export async function communityId(strapi: Core.Strapi, name = '和平社区'): Promise<string> {
  const c = (await strapi.db
    .query('api::community.community')
    .findOne({ where: { name }, select: ['documentId'] })) as { documentId: string } | null;
  if (!c) throw new Error(`no community ${name}`);
  return c.documentId;
}

/** A fresh worker, active and full-time unless told otherwise. */
export async function makeWorker(
  strapi: Core.Strapi,
  o: { community?: string; position?: string; status?: string; education?: string; name?: string } = {},
): Promise<string> {
  n += 1;
  const doc = await strapi.documents('api::worker.worker').create({
    data: {
      name: o.name ?? `测试人员${n}`,
      gender: 'female',
      birthDate: '1990-05-01',
      education: o.education ?? 'senior',
      community: o.community ?? (await communityId(strapi)),
      position: o.position ?? 'worker',
      postTier: o.position === 'secretary' ? 1 : 4,
      status: o.status ?? 'active',
    } as never,
  });
  return doc.documentId;
}

/** A secondment in `state`, with what the earlier steps would have recorded; an active one's worker is seconded. */
export async function makeSecondment(
  strapi: Core.Strapi,
  state: SecondmentState,
  worker?: string,
): Promise<{ id: string; worker: string }> {
  const who = worker ?? (await makeWorker(strapi));
  const past = SECONDMENT_STATES.indexOf(state);
  const doc = await strapi.documents('api::secondment.secondment').create({
    data: {
      worker: who,
      targetOrg: '河西镇人民政府',
      targetPost: '党政办副主任',
      appliedAt: '2026-03-01',
      status: state,
      ...(past >= 1 && { testScore: 86 }),
      ...(past >= 2 && { reviewNote: state === 'rejected' ? '名额已满' : '同意挂职' }),
      ...(state === 'active' || state === 'completed' ? { startDate: '2026-04-01' } : {}),
      ...(state === 'completed' && { endDate: '2026-10-01', evaluation: '表现良好' }),
    } as never,
  });
  if (state === 'active') {
    await strapi
      .documents('api::worker.worker')
      .update({ documentId: who, data: { status: 'seconded' } as never });
  }
  return { id: doc.documentId, worker: who };
}
