/**
 * What the task board tells people after a step (issue 15), in the step's own transaction: a claimant
 * that their report was approved (+N 分) or returned (with the reason), a holder that their objection was
 * decided. Plugged in as effects (cms/src/panel/domain.ts), so the workflows themselves stay as they are.
 */
import type { Core } from '@strapi/strapi';
import type { StepEffect } from '../panel/domain';
import type { ActionContext } from '../panel/workflow';
import { notifyHolder, type Holder } from './notify';

const ENTRY = 'api::points-entry.points-entry';

const claimantOf = (ctx: ActionContext): Holder => ({
  member: (ctx.record.claimantMember as string | null) ?? null,
  unit: (ctx.record.claimantUnit as string | null) ?? null,
});

/** The award the approval just appended: the last of the task's award keys. */
async function lastAward(strapi: Core.Strapi, task: string): Promise<{ id: number; points: number } | null> {
  const prefix = `award:${task}:`;
  return (await strapi.db.query(ENTRY).findOne({
    where: { entryKey: { $gte: prefix, $lt: `${prefix}~` } },
    select: ['id', 'points'],
    orderBy: { id: 'desc' },
  })) as { id: number; points: number } | null;
}

const approved: StepEffect = async (ctx) => {
  const task = String(ctx.record.id);
  const award = await lastAward(ctx.strapi, task);
  if (!award) return;
  await notifyHolder(ctx.strapi, claimantOf(ctx), {
    kind: 'approved',
    params: { title: String(ctx.record.title), points: Number(award.points) },
    link: `/tasks/${task}/show`,
    key: `approved:${task}:${award.id}`,
  });
};

const returned: StepEffect = async (ctx) => {
  const task = String(ctx.record.id);
  await notifyHolder(ctx.strapi, claimantOf(ctx), {
    kind: 'returned',
    params: { title: String(ctx.record.title), reason: String(ctx.input.rejectReason ?? '') },
    link: `/tasks/${task}/show`,
    // A task may be returned again after a new report: each return is its own message.
    key: `returned:${task}:${ctx.now.getTime()}`,
  });
};

const decided =
  (kind: 'upheld' | 'dismissed'): StepEffect =>
  async (ctx) => {
    const id = String(ctx.record.id);
    await notifyHolder(
      ctx.strapi,
      {
        member: (ctx.record.holderMember as string | null) ?? null,
        unit: (ctx.record.holderUnit as string | null) ?? null,
      },
      {
        kind,
        params: { resolution: String(ctx.input.resolution ?? '') },
        link: `/objections/${id}/show`,
        key: `objection:${id}`,
      },
    );
  };

export const noticeEffects: Record<string, Record<string, StepEffect>> = {
  tasks: { approve: approved, reject: returned },
  objections: { uphold: decided('upheld'), dismiss: decided('dismissed') },
};
