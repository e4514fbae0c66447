/**
 * `POST /api/auth/forgot-password` answers the same `{ ok: true }` whether or not the address belongs to
 * an account, and whether or not the mail could be sent: a 500 for known addresses only would tell an
 * attacker which accounts exist. A malformed body is still the plugin's own 400.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

type Controller = Record<string, (ctx: Context) => Promise<unknown>>;
type ControllerFactory = (deps: { strapi: Core.Strapi }) => Controller;

const isValidation = (e: unknown) => e instanceof Error && e.name === 'ValidationError';

export function sameAnswerForgotPassword(factory: ControllerFactory): ControllerFactory {
  return (deps) => {
    const controller = factory(deps);
    return {
      ...controller,
      async forgotPassword(ctx: Context) {
        try {
          await controller.forgotPassword(ctx);
        } catch (e) {
          if (isValidation(e)) throw e;
          deps.strapi.log.error(`forgot-password: ${e instanceof Error ? e.message : String(e)}`);
        }
        ctx.status = 200;
        ctx.body = { ok: true };
      },
    };
  };
}
