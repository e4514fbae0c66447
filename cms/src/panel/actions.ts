/** The workflow engine behind `POST /api/panel/:resource/:id/:action` and `POST /api/panel/:resource/:action`. */
import type { Core } from '@strapi/strapi';
import { assertCan } from './access';
import { diff, writeAudit } from './audit';
import { PanelError } from './errors';
import type { Resource } from './model';
import type { PanelService } from './service';
import { toRecord } from './serialize';
import { checkBody } from './validate';
import { isScoped, type Viewer } from './viewer';
import { recordsOf, type Workflow } from './workflow';

type Uid = Parameters<Core.Strapi['documents']>[0];

export function createActions(
  strapi: Core.Strapi,
  service: PanelService,
  workflows: Record<string, Workflow>,
) {
  const unknown = (r: Resource, action: string) =>
    new PanelError(404, 'unknown_action', { resource: { resource: r.name }, action });

  /** The body, read as the resource's own fields (writable here even when plain edits may not touch them). */
  async function inputOf(r: Resource, takes: Record<string, boolean> = {}, body: unknown) {
    const fields = r.fields
      .filter((f) => f.name in takes)
      .map((f) => ({ ...f, readOnly: false, required: takes[f.name] }));
    const sub = { ...r, fields, field: new Map(fields.map((f) => [f.name, f])) };
    const checked = checkBody(sub, body ?? {}, 'create');
    // An action's input names records (a quarter, a month), it does not create them: uniqueness is not its concern.
    checked.unique = [];
    service.failOnIssues(sub, checked);
    await service.verify(sub, checked, null);
    return checked.data;
  }

  const stateError = (r: Resource, field: string, state: unknown, action: string) =>
    new PanelError(409, 'invalid_state', {
      state: { resource: r.name, field, value: String(state) },
      action: { resource: r.name, action },
    });

  async function onRecord(viewer: Viewer, r: Resource, id: string, action: string, body: unknown) {
    const wf = workflows[r.name];
    const t = wf?.record[action];
    if (!wf || !t) throw unknown(r, action);
    assertCan(viewer, r, action);
    const record = toRecord(r, await service.find(viewer, r, id), true);
    const ctx = {
      strapi,
      viewer,
      resource: r,
      record,
      input: await inputOf(r, t.takes, body),
      now: new Date(),
    };
    const audited = async () => {
      const updated = await service.find(viewer, r, id);
      await writeAudit(strapi, {
        viewer,
        action,
        resource: r,
        recordId: id,
        ...diff(record, toRecord(r, updated, true)),
      });
      return updated;
    };
    if ('run' in t) {
      await t.guard?.(ctx);
      const row = await strapi.db.transaction(async () => {
        await t.run(ctx);
        return audited();
      });
      return service.present(viewer, r, row);
    }
    const field = wf.field as string;
    if (!t.from.includes(String(record[field]))) {
      throw (await t.conflict?.(ctx, record)) ?? stateError(r, field, record[field], action);
    }
    await t.guard?.(ctx);
    const meta = strapi.db.metadata.get(r.uid);
    const column = (meta.attributes[field] as { columnName: string }).columnName;
    const row = await strapi.db.transaction(async ({ trx }) => {
      // Compare-and-set: of two requests on the same record, only one finds it still in a `from` state.
      const moved = await trx(meta.tableName)
        .where({ document_id: id })
        .whereIn(column, [...t.from])
        .update({ [column]: t.to });
      if (!moved) {
        const current = toRecord(r, await service.find(viewer, r, id), true);
        throw (await t.conflict?.(ctx, current)) ?? stateError(r, field, current[field], action);
      }
      const data = { ...ctx.input, ...(await t.set?.(ctx)), [field]: t.to };
      await strapi.documents(r.uid as Uid).update({ documentId: id, data });
      await t.after?.(ctx);
      return audited();
    });
    return service.present(viewer, r, row);
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

  return { onRecord, onCollection };
}
