/**
 * A training's attendees from a selection or a sheet (issue 12): the workers the viewer may see join the
 * list in one save of the training — the panel's own update, with its permission, scope, hooks and audit
 * entry — and every worker not added is listed with why.
 */
import type { BulkAnswer, BulkRefusal } from '@yanzhen/config';
import { and, assertCan } from '../panel/access';
import type { Panel } from '../panel/context';
import { PanelError } from '../panel/errors';
import { message, type FieldIssue, type Locale } from '../panel/messages';
import { MAX_BULK } from '../panel/bulk';
import type { Resource } from '../panel/model';
import { toRecord } from '../panel/serialize';
import type { Viewer } from '../panel/viewer';

const WORKER = 'api::worker.worker';

/** A worker the request names: by id (a selection) or found from a sheet's row, or why it was not. */
export interface Candidate {
  /** How the refusal names it: the worker's id, or the sheet's row. */
  id: string;
  label: string;
  worker: string | null;
  issue?: FieldIssue;
}

/** The workers with these ids the viewer may see, by id, with their names. */
export async function visibleWorkers(
  panel: Panel,
  viewer: Viewer,
  where: Record<string, unknown>,
): Promise<{ documentId: string; name: string; idNumber: string | null }[]> {
  const workers = panel.registry.byName('workers') as Resource;
  return (await panel.strapi.db.query(WORKER).findMany({
    where: and(where, await panel.access.readWhere(viewer, workers)),
    select: ['documentId', 'name', 'idNumber'],
  })) as { documentId: string; name: string; idNumber: string | null }[];
}

/** Workers named by id: those out of the viewer's sight are refused as a form would refuse them. */
export async function fromIds(panel: Panel, viewer: Viewer, body: unknown): Promise<Candidate[]> {
  const workers = (body as { workers?: unknown } | null)?.workers;
  if (!Array.isArray(workers) || !workers.length) throw new PanelError(400, 'attendee_no_workers');
  if (workers.some((w) => typeof w !== 'string')) throw new PanelError(400, 'bulk_bad_ids');
  if (workers.length > MAX_BULK)
    throw new PanelError(400, 'bulk_too_many', { max: MAX_BULK, count: workers.length });
  const ids = [...new Set(workers as string[])];
  const seen = new Map(
    (await visibleWorkers(panel, viewer, { documentId: { $in: ids } })).map((w) => [w.documentId, w]),
  );
  return ids.map((id) => {
    const w = seen.get(id);
    if (w) return { id, label: w.name, worker: id };
    return {
      id,
      label: id,
      worker: null,
      issue: { code: 'not_found', params: { id, resource: { resource: 'workers' } } },
    };
  });
}

export async function addAttendees(
  panel: Panel,
  viewer: Viewer,
  trainingId: string,
  candidates: Candidate[],
  locale: Locale,
): Promise<BulkAnswer> {
  const { registry, service } = panel;
  const trainings = registry.byName('trainings') as Resource;
  const training = toRecord(trainings, await service.find(viewer, trainings, trainingId), true);
  const current = new Set((training.attendees as string[] | null) ?? []);
  const refused: BulkRefusal[] = [];
  const added: string[] = [];
  for (const c of candidates) {
    const issue: FieldIssue | undefined =
      c.issue ??
      (c.worker && (current.has(c.worker) || added.includes(c.worker))
        ? { code: 'attendee_already' }
        : undefined);
    if (issue || !c.worker) {
      refused.push({
        id: c.id,
        label: c.label,
        message: message(locale, issue?.code ?? 'not_found', issue?.params),
      });
    } else added.push(c.worker);
  }
  // One save of the training, through the form's own update: a refusal of it refuses the whole request.
  if (added.length)
    await service.update(viewer, trainings, trainingId, { attendees: [...current, ...added] });
  return { updated: added.length, refused };
}

/** Who may add attendees at all is asked first, before any worker is looked at. */
export const assertMayAdd = (panel: Panel, viewer: Viewer): void =>
  assertCan(viewer, panel.registry.byName('trainings') as Resource, 'update');
