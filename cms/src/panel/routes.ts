/** The panel API's routes: `/api/panel/...` in the ra-data-simple-rest dialect (DESIGN.md §3). */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { createAccess } from './access';
import { createAuth } from './auth';
import { PanelError } from './errors';
import { buildRegistry } from './registry';
import { me, panelSchema } from './schema';
import { createService } from './service';
import { overview } from './stats';
import type { Viewer } from './viewer';

type Ctx = Context;
type Handler = (ctx: Ctx, viewer: Viewer) => Promise<unknown>;

export function panelRoutes(strapi: Core.Strapi) {
  const registry = buildRegistry(strapi);
  const auth = createAuth(strapi);
  const access = createAccess(strapi, registry);
  const service = createService(strapi, registry, access);

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
    route('GET', '/schema', async (_ctx, v) => panelSchema(registry, v)),
    route('GET', '/stats/overview', async (ctx, v) => overview(strapi, registry, access, v, ctx.query.at)),
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
  ];
}
