/**
 * Errors on the panel and public APIs as JSON in the reader's language — including the ones raised
 * before a route runs (a body too large or not JSON) and routes that do not exist. Never a bare 500.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { PanelError, toBody } from '../panel/errors';
import { localeOf } from '../panel/messages';

interface HttpLikeError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  /** formidable's errors (a multipart body without a boundary, a broken part) carry their status here. */
  httpCode?: number;
}

const isClientError = (n: number | undefined) => n !== undefined && n >= 400 && n < 500;

function fromHttpError(e: HttpLikeError): PanelError | null {
  // The body parser's JSON.parse: our own code catches its JSON errors where it parses.
  if (e instanceof SyntaxError) return new PanelError(400, 'body_invalid_json');
  const status = e.status ?? e.statusCode;
  if (status === 413 || e.type === 'entity.too.large') return new PanelError(413, 'body_too_large');
  if (e.type === 'entity.parse.failed' || (status === 400 && e.expose))
    return new PanelError(400, 'body_invalid_json');
  if (isClientError(e.httpCode)) return new PanelError(400, 'body_invalid_multipart');
  return null;
}

/** Strapi's own routes answer their own errors; only what the body parser raised before them is ours. */
const OWN = ['/api/panel', '/api/public'];

/** Outside the panel: a multipart body without a boundary is still the client's mistake, not a 500. */
function fromBodyParser(e: HttpLikeError): PanelError | null {
  return isClientError(e.httpCode) ? new PanelError(400, 'body_invalid_multipart') : null;
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>) => {
    const locale = localeOf(ctx.get('accept-language'));
    if (!OWN.some((p) => ctx.path.startsWith(p))) {
      try {
        return await next();
      } catch (err) {
        const e = fromBodyParser(err as HttpLikeError);
        if (!e) throw err;
        ctx.status = e.status;
        ctx.body = toBody(e, locale);
        return;
      }
    }
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new PanelError(404, 'unknown_resource', { resource: ctx.path });
      }
    } catch (err) {
      const e = err instanceof PanelError ? err : fromHttpError(err as HttpLikeError);
      if (!e) strapi.log.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      const answer = e ?? new PanelError(500, 'internal');
      ctx.status = answer.status;
      ctx.body = toBody(answer, locale);
    }
  };
