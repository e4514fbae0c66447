/**
 * What the panel offers a viewer: the steps of each resource's workflow this viewer may take (in the
 * schema) and, on each record the server returns, `_can` — the plain writes and steps the server would
 * accept on it now. Both are answered by the checks that refuse the request (permission, scope, the
 * lock of an approved record, the step's states and its `allows`), so an offered button is never refused
 * for who is asking or for the record's state; only the input can still be wrong.
 */
import type { Core } from '@strapi/strapi';
import type { StepSchema } from '@yanzhen/config';
import type { Access } from './access';
import { permissionName } from './access';
import { PanelError } from './errors';
import type { Resource } from './model';
import type { Reach } from './scope';
import type { PanelRecord } from './serialize';
import { isScoped, type Viewer } from './viewer';
import type { AllowsContext, EffectAction, RecordAction, Workflow } from './workflow';

/** The key each record carries its offers under; never written (validate.ts drops it from bodies). */
export const CAN = '_can';

const may = (viewer: Viewer, r: Resource, action: string) =>
  viewer.permissions.has(permissionName(r, action));

/** Whether a step is open on a record for who is asking and the state it is in (the input aside). */
async function open(t: RecordAction | EffectAction, field: string | undefined, ctx: AllowsContext) {
  if ('from' in t && field && !t.from.includes(String(ctx.record[field]))) return false;
  return !(await t.allows?.(ctx));
}

/** The workflow steps this viewer holds on a resource, with what each asks of them. */
export function stepsOf(viewer: Viewer, r: Resource, wf: Workflow | undefined): StepSchema[] {
  if (!wf) return [];
  const record = Object.entries(wf.record)
    .filter(([name]) => may(viewer, r, name))
    .map(([name, t]) => ({ name, on: 'record' as const, takes: t.asks?.(viewer) ?? t.takes ?? {} }));
  const collection = Object.entries(wf.collection ?? {})
    .filter(([name, a]) => may(viewer, r, name) && (a.scoped || !isScoped(viewer)))
    .map(([name, a]) => ({ name, on: 'collection' as const, takes: a.takes ?? {} }));
  return [...record, ...collection];
}

export function createOffers(strapi: Core.Strapi, access: Access, workflows: Record<string, Workflow>) {
  /** Whether a plain edit or delete of the record would pass permission, lock and scope. */
  async function writable(viewer: Viewer, r: Resource, record: PanelRecord, reach?: Reach) {
    const wf = workflows[r.name];
    if (r.appendOnly) return false;
    if (wf?.field && wf.editableIn && !wf.editableIn.includes(String(record[wf.field]))) return false;
    try {
      await access.assertWritable(viewer, r, {}, record, reach);
      return true;
    } catch (e) {
      if (e instanceof PanelError) return false;
      throw e;
    }
  }

  /** Each record with `_can`: what this viewer may do to it now. */
  async function attach(viewer: Viewer, r: Resource, records: PanelRecord[]): Promise<PanelRecord[]> {
    if (!records.length) return records;
    const wf = workflows[r.name];
    const crud = (['update', 'delete'] as const).filter((a) => may(viewer, r, a));
    const steps = Object.entries(wf?.record ?? {}).filter(([name]) => may(viewer, r, name));
    const reach = isScoped(viewer) ? await access.reachOf(viewer) : undefined;
    const now = new Date();
    return Promise.all(
      records.map(async (record) => {
        const can: string[] = crud.length && (await writable(viewer, r, record, reach)) ? [...crud] : [];
        for (const [name, t] of steps) {
          const ctx = { strapi, viewer, resource: r, record, now };
          if (await open(t, wf?.field, ctx)) can.push(name);
        }
        return { ...record, [CAN]: can };
      }),
    );
  }

  return { attach };
}

export type Offers = ReturnType<typeof createOffers>;
