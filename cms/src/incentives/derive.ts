/**
 * `POST /pay-scales/:id/derive`: a new draft table from an approved one by a rule (issue 15), written as
 * the form would write it (permission, scope, checks, the wage floor, audit), then edited in the grid.
 */
import type { Context } from 'koa';
import { adjustCells, parseAdjustment } from '@yanzhen/config';
import { assertCan } from '../panel/access';
import type { Panel } from '../panel/context';
import { PanelError } from '../panel/errors';
import type { MessageCode } from '../panel/messages';
import type { Resource } from '../panel/model';
import type { Viewer } from '../panel/viewer';

/** What the new table copies from its source unless the body says otherwise. */
const COPIED = ['cityAverageWage', 'seniorityPerYear', 'seniorityCap', 'qualificationAllowances', 'rates'];

export async function deriveTable(ctx: Context, viewer: Viewer, { registry, service, access }: Panel) {
  const scales = registry.byName('pay-scales') as Resource;
  assertCan(viewer, scales, 'create');
  // Pay tables are district-wide: an account kept to a town or a community makes none.
  if (!access.mayCreateIn(viewer, scales)) throw new PanelError(403, 'forbidden_scope');
  const source = await service.one(viewer, scales, ctx.params.id);
  if (source.status !== 'approved')
    throw new PanelError(409, 'derive_from_draft', { year: Number(source.year) });
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  if (typeof body !== 'object' || Array.isArray(body)) throw new PanelError(400, 'body_not_object');
  const parsed = parseAdjustment(body.rule);
  if ('problem' in parsed)
    throw new PanelError(400, 'derive_bad_rule', {
      reason: { code: `derive_rule_${parsed.problem}` as MessageCode },
    });
  const { rule: _rule, ...fields } = body;
  const data: Record<string, unknown> = {
    ...Object.fromEntries(COPIED.map((k) => [k, source[k]])),
    ...fields,
  };
  if (typeof body.year === 'number' && data.effectiveFrom === undefined)
    data.effectiveFrom = `${body.year}-01-01`;
  const wage = typeof data.cityAverageWage === 'number' ? data.cityAverageWage : 0;
  data.cells = adjustCells(source.cells as Record<string, number[]>, parsed.adjustment, wage);
  return service.create(viewer, scales, data);
}
