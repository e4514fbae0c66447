/**
 * What a domain (the task board, incentives, publicity, the workforce) plugs into the panel: the panel
 * imports no domain; `cms/src/index.ts` hands it the list (cms/src/domains.ts).
 */
import type { Context } from 'koa';
import type { Hook } from '../db/on-write';
import type { Panel } from './context';
import type { MessageTemplates } from './messages';
import type { Group } from './aggregate';
import type { Where } from './query';
import type { Viewer } from './viewer';
import type { ActionContext, Workflow } from './workflow';

/** A domain's own panel endpoint (a PDF, a spreadsheet, a page's worth of figures). */
export interface DomainRoute {
  method: 'GET' | 'POST';
  path: string;
  handler: (ctx: Context, viewer: Viewer, panel: Panel) => Promise<unknown>;
  status?: number;
}

/**
 * The dashboard's scoped readers: rows of a resource the viewer may see, counts of them grouped in SQL, and
 * the scope filter itself. Figures over a whole table are counted, never loaded (issue 14).
 */
export interface Scoped {
  rows<T>(name: string, where: Where, select: string[], populate?: Record<string, unknown>): Promise<T[]>;
  /** The visible rows matching `where`, counted by scalar fields and to-one relations (as related ids). */
  countBy(name: string, where: Where, by: string[]): Promise<Group[]>;
  /** For each visible row of `name`, how many visible rows of `target` its to-many `relation` links. */
  linkCounts(name: string, where: Where, relation: string, target: string): Promise<Map<number, number>>;
  scoped(name: string): Promise<Where>;
}

export interface Domain {
  name: string;
  /** Each resource's workflow, by panel resource name. */
  workflows: Record<string, Workflow>;
  routes: DomainRoute[];
  messages: MessageTemplates;
  /** Document Service middlewares, registered in this order. */
  hooks: Hook[];
  /**
   * What else a step does, by resource and action, in the step's transaction after its own effects (the
   * task board tells a member their report was approved): a domain adds to a workflow without editing it.
   */
  effects?: Record<string, Record<string, StepEffect>>;
  /** Sections of the dashboard's overview (`GET /stats/overview`), by key. */
  overview?: Record<string, (s: Scoped) => Promise<unknown>>;
}

export type StepEffect = (ctx: ActionContext) => Promise<void>;

/** Every resource's workflow, by panel resource name: the union of the domains', with their effects. */
export function workflowsOf(domains: Domain[]): Record<string, Workflow> {
  const all: Record<string, Workflow> = Object.assign({}, ...domains.map((d) => d.workflows));
  for (const [resource, actions] of domains.flatMap((d) => Object.entries(d.effects ?? {}))) {
    const wf = all[resource];
    if (!wf) throw new Error(`effects on ${resource}, which has no workflow`);
    const record = { ...wf.record };
    for (const [name, effect] of Object.entries(actions)) {
      const a = record[name];
      if (!a) throw new Error(`effect on ${resource}.${name}, which is no step`);
      const run = 'run' in a ? a.run : a.after;
      const both = async (ctx: ActionContext) => {
        await run?.(ctx);
        await effect(ctx);
      };
      record[name] = 'run' in a ? { ...a, run: both } : { ...a, after: both };
    }
    all[resource] = { ...wf, record };
  }
  return all;
}
