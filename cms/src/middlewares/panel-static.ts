/**
 * Serves the react-admin panel (admin-ui/dist, or PANEL_DIST) at `/` from the same process as the API,
 * so one port carries everything: koa-static sends the build's files, koa-compress gzips them. Any GET
 * that is not the API, Strapi's admin, uploads, the health check or the public pages, and not a file,
 * gets index.html: the panel's router takes it from there. Hashed assets are cached for good; index.html
 * and the other files are always revalidated.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import compress from 'koa-compress';
import serve from 'koa-static';
import path from 'path';

const RESERVED = /^\/(api|admin|uploads|_health|public)(\/|$)/;
const FOREVER = 'public, max-age=31536000, immutable';

/** koa-send's refusals of a path: 400 when it does not decode, 403 when it climbs out of the build. */
const refused = (e: unknown) => {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const root = path.resolve(
    process.env.PANEL_DIST ?? path.join(strapi.dirs.app.root, '..', 'admin-ui', 'dist'),
  );
  const assets = path.join(root, 'assets') + path.sep;
  const files = serve(root, {
    index: false,
    // No precompressed copies in the build: koa-compress below compresses.
    gzip: false,
    brotli: false,
    setHeaders: (res, file) => res.setHeader('Cache-Control', file.startsWith(assets) ? FOREVER : 'no-cache'),
  });
  const gzip = compress({ br: false, deflate: false });

  /** Sends the build's file at `urlPath`; false when there is none (or the path is refused). */
  async function sent(ctx: Context, urlPath: string): Promise<boolean> {
    const asked = ctx.path;
    let found = true;
    ctx.path = urlPath;
    try {
      await files(ctx, async () => {
        found = false;
      });
    } catch (e) {
      if (!refused(e)) throw e;
      found = false;
    } finally {
      ctx.path = asked;
    }
    return found;
  }

  return async (ctx: Context, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || RESERVED.test(ctx.path)) return next();
    let done = false;
    await gzip(ctx, async () => {
      // A missing file stays a 404 (or is Strapi's: robots.txt); any other path is a screen of the panel.
      done = (await sent(ctx, ctx.path)) || (!path.extname(ctx.path) && (await sent(ctx, '/index.html')));
      if (done && ctx.fresh) ctx.status = 304;
    });
    if (!done) return next();
  };
};
