/** The panel API's routes: `/api/panel/...` in the ra-data-simple-rest dialect (DESIGN.md §3). */
import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { labelledAppraisal, rules } from '@yanzhen/config';
import { createPanel } from './context';
import { workflowsOf, type Domain } from './domain';
import { PanelError } from './errors';
import { addMessages, localeOf } from './messages';
import { me, panelSchema } from './schema';
import { overview } from './stats';
import type { Viewer } from './viewer';
import { actionsOf } from './workflow';

type Ctx = Context;
type Handler = (ctx: Ctx, viewer: Viewer) => Promise<unknown>;

/** The panel, with the domains plugged in: their messages, workflows, endpoints and dashboard sections. */
export function panelRoutes(strapi: Core.Strapi, domains: Domain[]) {
  for (const d of domains) addMessages(d.messages);
  const workflows = workflowsOf(domains);
  const panel = createPanel(strapi, workflows);
  const { registry, auth, access, service, bulk, owned } = panel;
  const sections = domains.flatMap((d) => Object.entries(d.overview ?? {}));

  const resourceOf = (ctx: Ctx) => {
    const r = registry.byName(ctx.params.resource);
    if (!r) throw new PanelError(404, 'unknown_resource', { resource: String(ctx.params.resource) });
    return r;
  };

  const route = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    handler: Handler,
    status = 200,
  ) => ({
    method,
    path: `/api/panel${path}`,
    handler: async (ctx: Ctx) => {
      const viewer = await auth.authenticate(ctx.get('authorization'));
      const body = await handler(ctx, viewer);
      if (ctx.body === undefined) ctx.body = body;
      // A handler may answer with a status of its own (an import that wrote nothing is a 400 with its report).
      ctx.status = (ctx.state.status as number | undefined) ?? status;
    },
    config: { auth: false as const },
  });

  return [
    route('GET', '/me', async (_ctx, v) => me(v, registry)),
    route('GET', '/schema', async (_ctx, v) =>
      panelSchema(registry, v, { owned, workflows, mayCreateIn: access.mayCreateIn }),
    ),
    // The district's rulebook, for screens that show it (appraisal conditions, pay posts, task points),
    // with the appraisal's texts in the reader's language.
    route('GET', '/rules', async (ctx) => ({
      ...rules,
      appraisal: labelledAppraisal(rules.appraisal, localeOf(ctx.get('accept-language'))),
    })),
    route('GET', '/stats/overview', async (ctx, v) =>
      overview(strapi, registry, access, v, ctx.query.at, sections),
    ),
    ...domains
      .flatMap((d) => d.routes)
      .map((d) => route(d.method, d.path, (ctx, v) => d.handler(ctx, v, panel), d.status)),
    route('GET', '/:resource', async (ctx, v) => {
      const r = resourceOf(ctx);
      const { records, total, offset } = await service.list(v, r, ctx.query);
      const end = records.length ? offset + records.length - 1 : offset;
      ctx.set('Content-Range', `${r.name} ${offset}-${end}/${total}`);
      return records;
    }),
    route('GET', '/:resource/:id', async (ctx, v) => service.one(v, resourceOf(ctx), ctx.params.id)),
    route('POST', '/:resource', async (ctx, v) => service.create(v, resourceOf(ctx), ctx.request.body), 201),
    route('PUT', '/:resource/:id', async (ctx, v) =>
      service.update(v, resourceOf(ctx), ctx.params.id, ctx.request.body),
    ),
    route('DELETE', '/:resource/:id', async (ctx, v) => service.remove(v, resourceOf(ctx), ctx.params.id)),
    // One change or one step on each selected row (issue 12); before the actions, whose path it shares.
    route('POST', '/:resource/bulk', async (ctx, v) =>
      bulk.run(v, resourceOf(ctx), ctx.request.body, localeOf(ctx.get('accept-language'))),
    ),
    route('POST', '/:resource/:id/:action', act),
    route('POST', '/:resource/:action', act),
  ];

  /** A workflow action: the content type's controller action of that name (its permission is the same name). */
  async function act(ctx: Ctx, viewer: Viewer) {
    const r = resourceOf(ctx);
    const { action } = ctx.params;
    if (!actionsOf(workflows[r.name]).includes(action)) {
      throw new PanelError(404, 'unknown_action', {
        resource: { resource: r.name },
        action: { resource: r.name, action },
      });
    }
    ctx.state.viewer = viewer;
    const controller = strapi.controller(r.uid as UID.Controller) as unknown as Record<
      string,
      (c: Ctx) => Promise<void>
    >;
    await controller[action](ctx);
    return ctx.body;
  }
}
