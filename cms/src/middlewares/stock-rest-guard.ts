/**
 * Records are reached through the panel API, which applies scope, ownership and masking. Strapi's stock
 * REST routes for the same content types would bypass all three, so they are closed (404) — unless
 * STOCK_REST=true, which the benchmark sets to measure them. Account routes are closed too, `/api/users/me`
 * included: the signed-in account is `GET /api/panel/me`, with its role and scope; logging in lives
 * under /api/auth.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const names = Object.values(strapi.contentTypes)
    .filter((ct) => ct.uid.startsWith('api::'))
    .flatMap((ct) => [ct.info.pluralName, ct.info.singularName]);
  const closed = new RegExp(
    `^/api/(${[...new Set([...names, 'users', 'roles', 'permissions'])].join('|')})(/|$)`,
  );
  return async (ctx: Context, next: () => Promise<void>) => {
    if (process.env.STOCK_REST !== 'true' && closed.test(ctx.path)) {
      ctx.status = 404;
      ctx.body = {
        data: null,
        error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} },
      };
      return;
    }
    await next();
  };
};
