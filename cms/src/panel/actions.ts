/** The workflow engine behind `POST /api/panel/:resource/:id/:action` and `POST /api/panel/:resource/:action`. */
import type { Core } from '@strapi/strapi';
import { compareAndSet } from '../db/compare-and-set';
import { assertCan } from './access';
import { diff, writeAudit } from './audit';
import { PanelError } from './errors';
import type { Resource } from './model';
import type { Registry } from './registry';
import type { PanelService } from './service';
import { toRecord, type Row } from './serialize';
import { checkBody } from './validate';
import { isScoped, SYSTEM, type Viewer } from './viewer';
import { recordsOf, type ActionContext, type RecordAction, type Workflow } from './workflow';

type Uid = Parameters<Core.Strapi['documents']>[0];

export function createActions(
  strapi: Core.Strapi,
  registry: Registry,
  service: PanelService,
  workflows: Record<string, Workflow>,
) {
  const unknown = (r: Resource, action: string) =>
    new PanelError(404, 'unknown_action', { resource: { resource: r.name }, action });

  /** The body, read as the resource's own fields (writable here even when plain edits may not touch them). */
  async function inputOf(r: Resource, takes: Record<string, boolean> = {}, body: unknown, record: Row = {}) {
    const fields = r.fields
      .filter((f) => f.name in takes)
      .map((f) => ({ ...f, readOnly: false, required: takes[f.name] }));
    const sub = { ...r, fields, field: new Map(fields.map((f) => [f.name, f])) };
    const checked = checkBody(sub, body ?? {}, 'create');
    // An action's input names records (a quarter, a month), it does not create them: uniqueness is not its concern.
    checked.unique = [];
    // Judged against the whole record: a task cannot be done before it was claimed.
    service.judgeRecord(r, checked, record);
    service.failOnIssues(sub, checked);
    await service.verify(sub, checked, null);
    return checked.data;
  }

  const stateError = (r: Resource, field: string, state: unknown, action: string) =>
    new PanelError(409, 'invalid_state', {
      state: { resource: r.name, field, value: String(state) },
      action: { resource: r.name, action },
    });

  /** A record action's move and its effects, in the caller's transaction; false when the record moved on first. */
  async function step(ctx: ActionContext, field: string, t: RecordAction): Promise<boolean> {
    const { resource: r, record } = ctx;
    // Compare-and-set: of two requests on the same record, only one finds it still in a `from` state.
    const to = t.branch?.when(ctx) ? t.branch.to : t.to;
    if (!(await compareAndSet(strapi, r.uid, record.id, field, t.from, to, t.once))) return false;
    const data = { ...ctx.input, ...(await t.set?.(ctx)), [field]: to };
    await strapi.documents(r.uid as Uid).update({ documentId: record.id, data });
    await t.after?.(ctx);
    return true;
  }

  async function onRecord(viewer: Viewer, r: Resource, id: string, action: string, body: unknown) {
    const wf = workflows[r.name];
    const t = wf?.record[action];
    if (!wf || !t) throw unknown(r, action);
    assertCan(viewer, r, action);
    const record = await service.stated(r, await service.find(viewer, r, id));
    const now = new Date();
    // Who is asking and the record's state first: what the panel offers is decided by the same checks.
    const field = wf.field;
    if ('from' in t && field && !t.from.includes(String(record[field]))) {
      throw (
        (await t.conflict?.({ strapi, viewer, resource: r, record, input: {}, now }, record)) ??
        stateError(r, field, record[field], action)
      );
    }
    const refused = await t.allows?.({ strapi, viewer, resource: r, record, now });
    if (refused) throw refused;
    const ctx = { strapi, viewer, resource: r, record, input: await inputOf(r, t.takes, body, record), now };
    const audited = () => auditedRow(ctx, action, viewer);
    if ('run' in t) {
      await t.guard?.(ctx);
      const row = await strapi.db.transaction(async () => {
        await t.run(ctx);
        return audited();
      });
      return service.present(viewer, r, row);
    }
    await t.guard?.(ctx);
    const state = field as string;
    const row = await strapi.db.transaction(async () => {
      if (!(await step(ctx, state, t))) {
        const current = toRecord(r, await service.find(viewer, r, id), true);
        throw (await t.conflict?.(ctx, current)) ?? stateError(r, state, current[state], action);
      }
      return audited();
    });
    return service.present(viewer, r, row);
  }

  /** The record after an action, with the audit entry of what it changed. */
  async function auditedRow(
    ctx: ActionContext,
    action: string,
    actor: { id: number | null; username: string },
  ) {
    const { viewer, resource: r, record } = ctx;
    const updated = await service.find(viewer, r, record.id);
    await writeAudit(strapi, {
      viewer: actor,
      action,
      resource: r,
      recordId: record.id,
      ...diff(record, toRecord(r, updated, true)),
    });
    return updated;
  }

  /**
   * A step the scheduler takes (an overdue claim released, a score table finalised): the workflow's own
   * action, audited as the system. False when the record is no longer in a `from` state or the action's
   * guard refuses it now (the job tries again on its next run).
   */
  async function bySystem(resource: string, id: string, action: string, now: Date): Promise<boolean> {
    const wf = workflows[resource];
    const t = wf?.record[action];
    const r = registry.byName(resource);
    if (!wf?.field || !t || 'run' in t || !r) throw new Error(`${resource} has no state action ${action}`);
    const field = wf.field;
    return strapi.db.transaction(async () => {
      const record = toRecord(r, await service.find(SYSTEM, r, id), true);
      const ctx = { strapi, viewer: SYSTEM, resource: r, record, input: {}, now };
      if (!t.from.includes(String(record[field]))) return false;
      if (await t.allows?.(ctx)) return false;
      try {
        await t.guard?.(ctx);
      } catch (e) {
        if (e instanceof PanelError) return false;
        throw e;
      }
      if (!(await step(ctx, field, t))) return false;
      await auditedRow(ctx, action, { id: null, username: SYSTEM.username });
      return true;
    });
  }

  async function onCollection(viewer: Viewer, r: Resource, action: string, body: unknown) {
    const a = workflows[r.name]?.collection?.[action];
    if (!a) throw unknown(r, action);
    assertCan(viewer, r, action);
    if (!a.scoped && isScoped(viewer)) throw new PanelError(403, 'forbidden_scope');
    const input = await inputOf(r, a.takes, body);
    const result = await a.run({ strapi, viewer, resource: r, input, now: new Date() });
    // Whole-resource actions name what they made (the board posted, the table drafted) in the audit trail.
    const ids = a.records ? a.records(result) : recordsOf(result);
    for (const recordId of ids.length ? ids : ['']) {
      await writeAudit(strapi, { viewer, action, resource: r, recordId, after: { ...input } });
    }
    return result;
  }

  return { onRecord, onCollection, bySystem };
}
