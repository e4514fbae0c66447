/** The panel API's routes: `/api/panel/...` in the ra-data-simple-rest dialect (DESIGN.md §3). */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { labelledAppraisal, rules } from '@yanzhen/config';
import { boardRoutes } from '../board/routes';
import { incentiveRoutes } from '../incentives/routes';
import { publicityRoutes } from '../publicity/routes';
import { actionNames, workflows } from '../workflows';
import { createPanel, type Panel } from './context';
import { PanelError } from './errors';
import { localeOf } from './messages';
import { me, panelSchema } from './schema';
import { overview } from './stats';
import type { Viewer } from './viewer';
import { ownedFields } from './workflow';

type Ctx = Context;
type Handler = (ctx: Ctx, viewer: Viewer) => Promise<unknown>;

/** A domain's own panel endpoint (a PDF, a spreadsheet, a page's worth of figures). */
export interface DomainRoute {
  method: 'GET' | 'POST';
  path: string;
  handler: (ctx: Ctx, viewer: Viewer, panel: Panel) => Promise<unknown>;
  status?: number;
}

const domainRoutes: DomainRoute[] = [...boardRoutes, ...incentiveRoutes, ...publicityRoutes];

export function panelRoutes(strapi: Core.Strapi) {
  const panel = createPanel(strapi, workflows);
  const owned = ownedFields(workflows);
  const { registry, auth, access, service } = panel;

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
      ctx.status = status;
    },
    config: { auth: false as const },
  });

  return [
    route('GET', '/me', async (_ctx, v) => me(v, registry)),
    route('GET', '/schema', async (_ctx, v) => panelSchema(registry, v, owned)),
    // The district's rulebook, for screens that show it (appraisal conditions, pay posts, task points),
    // with the appraisal's texts in the reader's language.
    route('GET', '/rules', async (ctx) => ({
      ...rules,
      appraisal: labelledAppraisal(rules.appraisal, localeOf(ctx.get('accept-language'))),
    })),
    route('GET', '/stats/overview', async (ctx, v) => overview(strapi, registry, access, v, ctx.query.at)),
    ...domainRoutes.map((d) => route(d.method, d.path, (ctx, v) => d.handler(ctx, v, panel), d.status)),
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
    route('POST', '/:resource/:id/:action', act),
    route('POST', '/:resource/:action', act),
  ];

  /** A workflow action: the content type's controller action of that name (its permission is the same name). */
  async function act(ctx: Ctx, viewer: Viewer) {
    const r = resourceOf(ctx);
    const { action } = ctx.params;
    if (!actionNames(r.name).includes(action)) {
      throw new PanelError(404, 'unknown_action', {
        resource: { resource: r.name },
        action: { resource: r.name, action },
      });
    }
    ctx.state.viewer = viewer;
    const controller = strapi.controller(r.uid as never) as unknown as Record<
      string,
      (c: Ctx) => Promise<void>
    >;
    await controller[action](ctx);
    return ctx.body;
  }
}
