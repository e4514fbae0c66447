/** The task board's workflows beyond the task itself: boards, score tables, objections, showcases, commendations. */
import type { Core } from '@strapi/strapi';
import { localParts, quarterOf, rules } from '@yanzhen/config';
import { PanelError } from '../panel/errors';
import type { ActionContext, Workflow } from '../panel/workflow';
import { postBoard } from './boards';
import { proposeCommendations } from './commendations';
import { appendEntry } from './ledger';
import { issuerOf, memberLetter, unitLetter } from './letters';
import { draftScores, quarterStandings } from './scores';
import { draftShowcase } from './showcase';

const DAY = 86_400_000;
const SCORES = 'api::score-publication.score-publication';

export const boardWorkflow: Workflow = {
  field: 'status',
  record: {},
  collection: { post: { run: (ctx) => postBoard(ctx.strapi, ctx.now) } },
};

const publication = async (strapi: Core.Strapi, documentId: string) =>
  (await strapi.db.query(SCORES).findOne({ where: { documentId } })) as {
    documentId: string;
    quarter: string;
    status: string;
    objectionDeadline: string | null;
    ranking: { holder: string }[] | null;
  } | null;

export const scoreWorkflow: Workflow = {
  field: 'status',
  editableIn: ['draft'],
  record: {
    publish: {
      from: ['draft'],
      to: 'published',
      set: ({ now }) => ({
        announcedAt: now.toISOString(),
        objectionDeadline: new Date(now.getTime() + rules.taskBoard.objectionDays * DAY).toISOString(),
      }),
    },
    finalize: {
      from: ['published'],
      to: 'final',
      async allows({ strapi, record, now }) {
        if (now < new Date(String(record.objectionDeadline)))
          return new PanelError(409, 'objection_window_open');
        const open = await strapi.db.query('api::objection.objection').count({
          where: { publication: { documentId: record.id }, status: 'open' },
        });
        return Number(open) > 0 ? new PanelError(409, 'objections_open', { count: Number(open) }) : null;
      },
      set: ({ now }) => ({ finalizedAt: now.toISOString() }),
    },
  },
  collection: {
    draft: {
      takes: { quarter: true },
      run(ctx) {
        const quarter = String(ctx.input.quarter);
        const today = localParts(ctx.now, rules.taskBoard.calendar.timeZone).date;
        if (quarter >= quarterOf(today)) throw new PanelError(409, 'quarter_not_ended', { quarter });
        return draftScores(ctx.strapi, quarter);
      },
    },
  },
};

const holderOf = (r: Record<string, unknown>) =>
  r.holderMember ? `member:${r.holderMember}` : r.holderUnit ? `unit:${r.holderUnit}` : '';

export const objectionWorkflow: Workflow = {
  field: 'status',
  editableIn: ['open'],
  /** Anyone on a published table may object while its window is open. */
  async beforeCreate({ strapi, input, now }) {
    const p = await publication(strapi, String(input.publication));
    const open = p?.status === 'published' && p.objectionDeadline && now <= new Date(p.objectionDeadline);
    if (!open) throw new PanelError(409, 'objection_window_closed');
    if (!p?.ranking?.some((row) => row.holder === holderOf(input))) throw new PanelError(403, 'not_on_table');
  },
  record: {
    uphold: {
      from: ['open'],
      to: 'upheld',
      takes: { resolution: true, adjustment: false },
      set: ({ now }) => ({ resolvedAt: now.toISOString() }),
      async after(ctx: ActionContext) {
        const p = await publication(ctx.strapi, String(ctx.record.publication));
        const points = Number(ctx.input.adjustment ?? 0);
        if (!p || !points) return;
        await appendEntry(ctx.strapi, {
          holder: {
            member: (ctx.record.holderMember as string) ?? null,
            unit: (ctx.record.holderUnit as string) ?? null,
          },
          task: null,
          points,
          kind: 'adjustment',
          reason: `异议成立：${ctx.input.resolution}`,
          author: ctx.viewer.id,
          at: ctx.now,
          quarter: p.quarter,
          key: `adjustment:${ctx.record.id}`,
        });
        const ranking = await quarterStandings(ctx.strapi, p.quarter);
        await ctx.strapi.documents(SCORES).update({ documentId: p.documentId, data: { ranking } });
      },
    },
    dismiss: {
      from: ['open'],
      to: 'dismissed',
      takes: { resolution: true },
      set: ({ now }) => ({ resolvedAt: now.toISOString() }),
    },
  },
};

export const showcaseWorkflow: Workflow = {
  field: 'status',
  editableIn: ['draft'],
  record: { publish: { from: ['draft'], to: 'published' } },
  collection: {
    draft: { takes: { month: true }, run: (ctx) => draftShowcase(ctx.strapi, String(ctx.input.month)) },
  },
};

async function letterFor(ctx: ActionContext): Promise<string> {
  const { strapi, record } = ctx;
  const setting = (await strapi.db
    .query('api::setting.setting')
    .findOne({ select: ['districtName', 'letterIssuer'] })) as {
    districtName: string | null;
    letterIssuer: string | null;
  } | null;
  const facts = {
    year: Number(record.year),
    issuer: issuerOf(setting),
    points: Number(record.points),
    reason: String(record.reason ?? ''),
  };
  if (record.recipientUnit) {
    const unit = (await strapi.db
      .query('api::partner-unit.partner-unit')
      .findOne({ where: { documentId: record.recipientUnit }, select: ['name'] })) as { name: string };
    return unitLetter({ ...facts, recipient: unit.name });
  }
  const member = (await strapi.db
    .query('api::party-member.party-member')
    .findOne({ where: { documentId: record.recipientMember }, select: ['name', 'workUnit'] })) as {
    name: string;
    workUnit: string | null;
  };
  return memberLetter({ ...facts, recipient: member.name, workUnit: member.workUnit });
}

export const commendationWorkflow: Workflow = {
  field: 'status',
  editableIn: ['proposed'],
  /** The letter and its date are the confirmation's: only the step writes them. */
  owns: { letter: 'always', confirmedAt: 'always' },
  record: {
    confirm: {
      from: ['proposed'],
      to: 'confirmed',
      set: async (ctx) => ({ letter: await letterFor(ctx), confirmedAt: ctx.now.toISOString() }),
    },
    decline: { from: ['proposed'], to: 'declined' },
  },
  collection: {
    propose: {
      takes: { year: true },
      run: (ctx) => proposeCommendations(ctx.strapi, Number(ctx.input.year)),
      records: (result) => (result as { commendations: string[] }).commendations,
    },
  },
};

/** Messages are written by the system and read by their recipient: every field is the system's. */
export const noticeWorkflow: Workflow = {
  owns: {
    recipient: 'always',
    kind: 'always',
    params: 'always',
    link: 'always',
    readAt: 'always',
    noticeKey: 'always',
    // A member's own choice, made on the 消息 page (POST /me/notifications), not by a clerk's edit.
    'party-members.boardDigest': 'always',
  },
  record: {},
};
