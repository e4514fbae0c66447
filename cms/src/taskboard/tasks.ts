/**
 * The task's way from a resident's need to points (DESIGN.md §5, issue 4): triage → listed on the
 * board → claimed → submitted → approved (one award in the ledger) or rejected; an approval undone
 * appends a reversal, and so does a follow-up of 不满意, which reopens the task (followUp.ts). Big tasks are for partner units, small ones for party members.
 */
import type { Core } from '@strapi/strapi';
import { rules } from '@yanzhen/config';
import { PanelError } from '../panel/errors';
import type { PanelRecord } from '../panel/serialize';
import type { ActionContext, RecordAction, Workflow } from '../panel/workflow';
import { followUp } from './followUp';
import { appendEntry, standingPoints } from './ledger';

const DAY = 86_400_000;

async function nameOf(strapi: Core.Strapi, uid: string, documentId: string | null): Promise<string> {
  if (!documentId) return '';
  const row = (await strapi.db.query(uid).findOne({ where: { documentId }, select: ['name'] })) as {
    name: string;
  } | null;
  return row?.name ?? '';
}

/** Who claims: a member or unit claims for itself; staff record a claim on someone's behalf. */
function claimant(ctx: Pick<ActionContext, 'viewer'> & { input?: Record<string, unknown> }) {
  const { viewer, input = {} } = ctx;
  if (viewer.role === 'member') return { member: viewer.memberId, unit: null };
  if (viewer.role === 'unit') return { member: null, unit: viewer.unitId };
  return { member: (input.claimantMember as string) ?? null, unit: (input.claimantUnit as string) ?? null };
}

const heldBy = async (ctx: ActionContext, current: PanelRecord) => {
  const holder =
    (await nameOf(ctx.strapi, 'api::party-member.party-member', current.claimantMember as string | null)) ||
    (await nameOf(ctx.strapi, 'api::partner-unit.partner-unit', current.claimantUnit as string | null));
  return holder ? new PanelError(409, 'claimed_by', { holder }) : null;
};

/** A small task is a member's to claim, a big one a unit's. */
function tierMismatch(tier: unknown, who: { member: string | null; unit: string | null }) {
  const fits = tier === 'small' ? who.member && !who.unit : who.unit && !who.member;
  return fits
    ? null
    : new PanelError(403, 'tier_mismatch', {
        tier: { resource: 'tasks', field: 'tier', value: String(tier) },
        who: { resource: tier === 'small' ? 'party-members' : 'partner-units' },
      });
}

const claimsForSelf = (viewer: ActionContext['viewer']) => viewer.role === 'member' || viewer.role === 'unit';
const ON_BEHALF: Record<string, boolean> = { claimantMember: false, claimantUnit: false };

const claim: RecordAction = {
  from: ['listed'],
  to: 'claimed',
  takes: ON_BEHALF,
  // Members and units claim for themselves: nothing to fill in, and only the tasks of their tier.
  asks: (viewer) => (claimsForSelf(viewer) ? {} : ON_BEHALF),
  allows: (ctx) => (claimsForSelf(ctx.viewer) ? tierMismatch(ctx.record.tier, claimant(ctx)) : null),
  conflict: heldBy,
  guard(ctx) {
    const refused = tierMismatch(ctx.record.tier, claimant(ctx));
    if (refused) throw refused;
  },
  set(ctx) {
    const who = claimant(ctx);
    const days = rules.taskBoard.dueDays[ctx.record.tier === 'big' ? 'big' : 'small'];
    return {
      claimantMember: who.member,
      claimantUnit: who.unit,
      claimedAt: ctx.now.toISOString(),
      dueAt: new Date(ctx.now.getTime() + days * DAY).toISOString(),
      isOverdue: false,
    };
  },
};

/** The claimant reports what was done; staff may report on their behalf. */
const submit: RecordAction = {
  from: ['claimed', 'rejected'],
  to: 'submitted',
  takes: { report: true, doneAt: true, photos: false },
  allows({ viewer, record }) {
    const mine =
      (viewer.role === 'member' && record.claimantMember === viewer.memberId) ||
      (viewer.role === 'unit' && record.claimantUnit === viewer.unitId) ||
      viewer.role === 'staff';
    return mine ? null : new PanelError(403, 'not_claimant');
  },
};

const reviewed = (ctx: ActionContext) => ({ reviewer: ctx.viewer.id, reviewedAt: ctx.now.toISOString() });

const holderOf = (r: PanelRecord) => ({
  member: (r.claimantMember as string | null) ?? null,
  unit: (r.claimantUnit as string | null) ?? null,
});

const approve: RecordAction = {
  from: ['submitted'],
  to: 'approved',
  // A fresh approval asks the resident again: the last follow-up stays in the audit trail.
  set: (ctx) => ({
    ...reviewed(ctx),
    rejectReason: null,
    isOverdue: false,
    followUpResult: null,
    followUpNote: null,
    followedUpAt: null,
  }),
  after: (ctx) =>
    appendEntry(ctx.strapi, {
      holder: holderOf(ctx.record),
      task: ctx.record.id,
      points: Number(ctx.record.points),
      kind: 'award',
      reason: `办结：${ctx.record.title}`,
      author: ctx.viewer.id,
      at: ctx.now,
    }),
};

const reject: RecordAction = {
  from: ['submitted'],
  to: 'rejected',
  takes: { rejectReason: true },
  set: reviewed,
};

/** Undoing an approval never edits the award: it appends a reversal. */
const revoke: RecordAction = {
  from: ['approved'],
  to: 'submitted',
  takes: { rejectReason: true },
  set: reviewed,
  after: async (ctx) =>
    appendEntry(ctx.strapi, {
      holder: holderOf(ctx.record),
      task: ctx.record.id,
      points: await standingPoints(ctx.strapi, String(ctx.record.id)),
      kind: 'reversal',
      reason: `撤销验收：${ctx.input.rejectReason}`,
      author: ctx.viewer.id,
      at: ctx.now,
    }),
};

const triage: RecordAction = {
  from: ['collected', 'triaged'],
  to: 'triaged',
  takes: { difficulty: true, peopleNeeded: true, hoursNeeded: true, needsFunding: false, specialties: false },
};

const withdraw: RecordAction = {
  from: ['collected', 'triaged', 'listed', 'claimed', 'rejected'],
  to: 'withdrawn',
  takes: { rejectReason: true },
};

/** Back on the board: a claim dropped or overdue past the grace period. */
export const release: RecordAction = {
  from: ['claimed', 'rejected'],
  to: 'listed',
  set: () => ({ claimantMember: null, claimantUnit: null, claimedAt: null, dueAt: null, isOverdue: false }),
};

export const taskWorkflow: Workflow = {
  field: 'status',
  /** Work reported or approved is locked: the award in the ledger stands for exactly this task. */
  editableIn: ['collected', 'triaged', 'listed', 'claimed', 'rejected', 'withdrawn'],
  owns: {
    tier: 'always',
    points: 'always',
    claimantMember: 'always',
    claimantUnit: 'always',
    claimedAt: 'always',
    dueAt: 'always',
    isOverdue: 'always',
    reviewer: 'always',
    reviewedAt: 'always',
    followUpResult: 'always',
    followUpNote: 'always',
    followedUpAt: 'always',
  },
  record: { triage, claim, submit, approve, reject, revoke, followUp, withdraw, release },
};
