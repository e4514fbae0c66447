/**
 * 回访 (群众满意, issue 15): after an approval staff record the resident's verdict within the rulebook's
 * window, once per approval. 不满意 reopens the task for the same claimant: the award is taken back by an
 * appended reversal (nothing is edited), and the next approval awards it again.
 */
import { followUpWindow, reopens, rules, type FollowUpResult } from '@yanzhen/config';
import { PanelError } from '../panel/errors';
import type { PanelRecord } from '../panel/serialize';
import type { ActionContext, RecordAction } from '../panel/workflow';
import { appendEntry, standingPoints } from './ledger';

const DAY = 86_400_000;

const dissatisfied = (ctx: ActionContext) => reopens(ctx.input.followUpResult as FollowUpResult);

const followedUp = (r: PanelRecord) =>
  r.followUpResult
    ? new PanelError(409, 'followed_up', {
        result: { resource: 'tasks', field: 'followUpResult', value: String(r.followUpResult) },
      })
    : null;

export const followUp: RecordAction = {
  from: ['approved'],
  to: 'approved',
  branch: { to: 'claimed', when: dissatisfied },
  once: 'followUpResult',
  takes: { followUpResult: true, followUpNote: true },
  allows({ record, now }) {
    const twice = followedUp(record);
    if (twice) return twice;
    return followUpWindow(record.reviewedAt as string | null, now) === 'closed'
      ? new PanelError(409, 'follow_up_window_closed', { days: rules.taskBoard.followUpDays })
      : null;
  },
  conflict: async (_ctx, current) => followedUp(current),
  set(ctx) {
    const at = { followedUpAt: ctx.now.toISOString() };
    if (!dissatisfied(ctx)) return at;
    const days = rules.taskBoard.dueDays[ctx.record.tier === 'big' ? 'big' : 'small'];
    return { ...at, dueAt: new Date(ctx.now.getTime() + days * DAY).toISOString(), isOverdue: false };
  },
  async after(ctx) {
    if (!dissatisfied(ctx)) return;
    await appendEntry(ctx.strapi, {
      holder: {
        member: (ctx.record.claimantMember as string | null) ?? null,
        unit: (ctx.record.claimantUnit as string | null) ?? null,
      },
      task: ctx.record.id,
      points: await standingPoints(ctx.strapi, ctx.record.id),
      kind: 'reversal',
      reason: `群众不满意：${String(ctx.input.followUpNote)}`,
      author: ctx.viewer.id,
      at: ctx.now,
    });
  },
};
