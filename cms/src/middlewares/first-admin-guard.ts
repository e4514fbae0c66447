/**
 * In production the first-admin form (`POST /admin/register-admin`) is closed: an anonymous visitor of a
 * fresh server must not become its super-admin. The administrator comes from the deployment instead
 * (cms/src/admin/first-admin.ts).
 */
import type { Context } from 'koa';
import { HOW_TO_CREATE_ADMIN } from '../admin/first-admin';
import { isProduction } from '../safety';

const REGISTER = /^\/admin\/register-admin\/?$/;

export default () => async (ctx: Context, next: () => Promise<void>) => {
  if (isProduction(process.env) && REGISTER.test(ctx.path)) {
    ctx.status = 403;
    ctx.body = {
      data: null,
      error: {
        status: 403,
        name: 'ForbiddenError',
        message: `The first-admin form is closed in production: ${HOW_TO_CREATE_ADMIN}.`,
        details: {},
      },
    };
    return;
  }
  await next();
};
