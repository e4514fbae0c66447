/**
 * Bulk edit (issue 12): one change, or one workflow step, on each selected row. Every row goes through the
 * panel's own update or the workflow engine — the same validation, permission, scope, lock and hooks as a
 * form save — in a transaction of its own, so a row refused never stops the others. The answer counts what
 * went through and lists what was refused, by the record's name, in the form's words.
 */
import type { BulkAnswer, BulkRefusal } from '@yanzhen/config';
import type { Core } from '@strapi/strapi';
import { and, assertCan, type Access } from './access';
import type { createActions } from './actions';
import { PanelError, toBody } from './errors';
import { fieldLabel, type Locale } from './messages';
import type { Resource } from './model';
import type { Registry } from './registry';
import type { Row } from './serialize';
import type { PanelService } from './service';
import type { Viewer } from './viewer';
import type { Workflow } from './workflow';

/** Rows one request may change: a community's roster many times over; more is another selection. */
export const MAX_BULK = 500;

type Actions = ReturnType<typeof createActions>;
type Uid = Parameters<Core.Strapi['db']['query']>[0];

interface BulkInput {
  ids: string[];
  action: string | null;
  data: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The workflow step named in the body, if any: one the resource's records can take, or a 404 as a single step. */
function actionOf(r: Resource, wf: Workflow | undefined, body: unknown): string | null {
  const action = isObject(body) ? body.action : undefined;
  if (action === undefined || action === null) return null;
  if (typeof action !== 'string' || !wf?.record[action]) {
    throw new PanelError(404, 'unknown_action', {
      resource: { resource: r.name },
      action: { resource: r.name, action: String(action) },
    });
  }
  return action;
}

function inputOf(body: unknown, action: string | null): BulkInput {
  if (!isObject(body)) throw new PanelError(400, 'body_not_object');
  const { ids, data = {} } = body;
  if (!Array.isArray(ids) || !ids.length) throw new PanelError(400, 'bulk_no_ids');
  if (ids.some((id) => typeof id !== 'string')) throw new PanelError(400, 'bulk_bad_ids');
  if (ids.length > MAX_BULK) throw new PanelError(400, 'bulk_too_many', { max: MAX_BULK, count: ids.length });
  if (!isObject(data) || (!action && !Object.keys(data).length)) throw new PanelError(400, 'bulk_no_data');
  return { ids: [...new Set(ids as string[])], action, data };
}

/** Why a row was refused, as the form would say it: each field at fault with its message, or the error's own. */
export function reasonOf(e: PanelError, r: Resource, locale: Locale): string {
  const body = toBody(e, locale);
  const fields = Object.entries(body.errors ?? {});
  if (!fields.length) return body.message;
  const [colon, semicolon] = locale === 'zh' ? ['：', '；'] : [': ', '; '];
  return fields.map(([f, m]) => `${fieldLabel(locale, r.name, f)}${colon}${m}`).join(semicolon);
}

export function createBulk(
  strapi: Core.Strapi,
  registry: Registry,
  access: Access,
  service: PanelService,
  actions: Actions,
  workflows: Record<string, Workflow>,
) {
  /**
   * How the panel names each row the viewer may see: its main field, or, for a record with none (an
   * enrolment), the name of the record it belongs to (its worker). Rows out of sight keep their id.
   */
  async function labelsOf(viewer: Viewer, r: Resource, ids: string[]): Promise<Map<string, string>> {
    const main = registry.mainFieldOf(r.uid);
    const owner =
      main === 'id'
        ? r.fields.find(
            (f) =>
              f.relation &&
              !f.relation.inverse &&
              !f.relation.many &&
              registry.mainFieldOf(f.relation.uid) !== 'id',
          )
        : undefined;
    const ownerMain = owner?.relation ? registry.mainFieldOf(owner.relation.uid) : '';
    const rows = (await strapi.db.query(r.uid as Uid).findMany({
      where: and({ documentId: { $in: ids } }, await access.readWhere(viewer, r)),
      select: ['documentId', main],
      ...(owner && { populate: { [owner.name]: { select: [ownerMain] } } }),
    })) as Row[];
    const labelOf = (row: Row) => {
      const value = owner ? (row[owner.name] as Row | null)?.[ownerMain] : row[main];
      return value === null || value === undefined ? String(row.documentId) : String(value);
    };
    return new Map(rows.map((row) => [String(row.documentId), labelOf(row)]));
  }

  async function run(viewer: Viewer, r: Resource, body: unknown, locale: Locale): Promise<BulkAnswer> {
    const action = actionOf(r, workflows[r.name], body);
    // Whether this role may change the resource at all comes first: a 403 for the whole request.
    assertCan(viewer, r, action ?? 'update');
    const input = inputOf(body, action);
    const labels = await labelsOf(viewer, r, input.ids);
    const refused: BulkRefusal[] = [];
    let updated = 0;
    for (const id of input.ids) {
      try {
        if (input.action) await actions.onRecord(viewer, r, id, input.action, input.data);
        else await service.update(viewer, r, id, input.data);
        updated += 1;
      } catch (e) {
        if (!(e instanceof PanelError)) throw e;
        refused.push({ id, label: labels.get(id) ?? id, message: reasonOf(e, r, locale) });
      }
    }
    return { updated, refused };
  }

  return { run };
}

export type Bulk = ReturnType<typeof createBulk>;
