/**
 * 挂职锻炼 (DESIGN.md §5, issue 6): a worker applies → staff record the comprehensive test score → a
 * supervisor approves or rejects with a reason → the secondment starts (the worker is `seconded`) → it
 * ends with an evaluation (the worker is back `active`). Who may take each step is the roles matrix; the
 * decision is the worker's own town's (镇党委审核).
 */
import type { Core } from '@strapi/strapi';
import { localParts, OFF_DUTY, rules } from '@yanzhen/config';
import { writeAudit } from '../panel/audit';
import { panelOf } from '../panel/context';
import { PanelError } from '../panel/errors';
import type { ActionContext, AllowsContext, RecordAction, Workflow } from '../panel/workflow';

const SECONDMENT = 'api::secondment.secondment';
const WORKER = 'api::worker.worker';
/** A worker has at most one secondment on its way or under way. */
const OPEN = ['applied', 'tested', 'approved', 'active'];

const today = (now: Date) => localParts(now, rules.taskBoard.calendar.timeZone).date;

const statusLabel = (value: string) => ({ resource: 'workers', field: 'status', value });

async function workerOf(strapi: Core.Strapi, documentId: string) {
  return (await strapi.db
    .query(WORKER)
    .findOne({ where: { documentId }, select: ['documentId', 'name', 'status'] })) as {
    documentId: string;
    name: string;
    status: string;
  } | null;
}

type MovedTo = 'seconded' | 'active';

/** The worker's status follows the secondment; the move is in the audit trail under the worker too. */
async function moveWorker(ctx: ActionContext, action: string, from: string[], to: MovedTo): Promise<void> {
  const w = await workerOf(ctx.strapi, String(ctx.record.worker));
  if (!w || !from.includes(w.status)) return;
  await ctx.strapi.documents(WORKER).update({ documentId: w.documentId, data: { status: to } });
  const workers = panelOf(ctx.strapi).registry.byName('workers');
  if (workers) {
    await writeAudit(ctx.strapi, {
      viewer: ctx.viewer,
      action,
      resource: workers,
      recordId: w.documentId,
      before: { status: w.status },
      after: { status: to },
    });
  }
}

const test: RecordAction = { from: ['applied', 'tested'], to: 'tested', takes: { testScore: true } };

/** 镇党委审核: the worker's own town decides (a district account too); a community's account does not. */
async function ownTown({ strapi, viewer, record }: AllowsContext): Promise<PanelError | null> {
  if (viewer.scope.level === 'district') return null;
  const w = (await strapi.db.query(WORKER).findOne({
    where: { documentId: String(record.worker) },
    select: ['name'],
    populate: { community: { select: ['id'], populate: { town: { select: ['documentId', 'name'] } } } },
  })) as { name: string; community: { town: { documentId: string; name: string } | null } | null } | null;
  const town = w?.community?.town;
  if (viewer.scope.level === 'town' && town?.documentId === viewer.scope.townId) return null;
  return new PanelError(403, 'secondment_own_town', { worker: w?.name ?? '', town: town?.name ?? '' });
}

const approve: RecordAction = {
  from: ['tested'],
  to: 'approved',
  takes: { reviewNote: false },
  allows: ownTown,
};

const reject: RecordAction = {
  from: ['tested'],
  to: 'rejected',
  takes: { reviewNote: true },
  allows: ownTown,
};

const start: RecordAction = {
  from: ['approved'],
  to: 'active',
  takes: { startDate: false },
  async allows({ strapi, record }) {
    const w = await workerOf(strapi, String(record.worker));
    const away = w && (OFF_DUTY.includes(w.status) || w.status === 'seconded');
    return away
      ? new PanelError(409, 'worker_unavailable', { worker: w.name, status: statusLabel(w.status) })
      : null;
  },
  set: ({ input, now }) => ({ startDate: input.startDate ?? today(now) }),
  after: (ctx) => moveWorker(ctx, 'secondment-start', ['active', 'trial', 'acting'], 'seconded'),
};

const complete: RecordAction = {
  from: ['active'],
  to: 'completed',
  takes: { evaluation: true, endDate: false },
  set: ({ input, now }) => ({ endDate: input.endDate ?? today(now) }),
  after: (ctx) => moveWorker(ctx, 'secondment-complete', ['seconded'], 'active'),
};

export const secondmentWorkflow: Workflow = {
  field: 'status',
  /** Once under way or decided, the record is history: no plain edits, no deletes. */
  editableIn: ['applied', 'tested', 'approved'],
  /** A worker applies once at a time: a second application waits for the first to end. */
  async beforeCreate({ strapi, input }) {
    const open = (await strapi.db.query(SECONDMENT).findOne({
      where: { worker: { documentId: String(input.worker) }, status: { $in: OPEN } },
      select: ['status'],
      populate: { worker: { select: ['name'] } },
    })) as { status: string; worker: { name: string } } | null;
    if (open) {
      throw new PanelError(409, 'secondment_open', {
        worker: open.worker.name,
        status: { resource: 'secondments', field: 'status', value: open.status },
      });
    }
  },
  record: { test, approve, reject, start, complete },
};
