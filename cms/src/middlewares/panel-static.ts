/**
 * Serves the react-admin panel (admin-ui/dist) at `/` from the same process as the API, so one port
 * carries everything. Any GET that is not the API, Strapi's admin, uploads or the health check, and not
 * a file, gets index.html: the panel's router takes it from there. Hashed assets are cached for good and
 * sent gzipped (kept in memory after the first request); index.html is always revalidated.
 */
import type { Core } from '@strapi/strapi';
import fs from 'fs';
import type { Context } from 'koa';
import path from 'path';
import zlib from 'zlib';

const RESERVED = /^\/(api|admin|uploads|_health|public)(\/|$)/;
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt']);
const FOREVER = 'public, max-age=31536000, immutable';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const root = path.resolve(
    process.env.PANEL_DIST ?? path.join(strapi.dirs.app.root, '..', 'admin-ui', 'dist'),
  );
  const gzipped = new Map<string, { mtime: number; body: Buffer }>();

  /** The file a URL path names inside the build, or null (never a path that climbs out of it). */
  function fileOf(urlPath: string): string | null {
    let relative: string;
    try {
      relative = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    const file = path.join(root, path.normalize(relative));
    if (!file.startsWith(root + path.sep)) return null;
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
  }

  function gzipOf(file: string, mtime: number): Buffer {
    const hit = gzipped.get(file);
    if (hit?.mtime === mtime) return hit.body;
    const body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
    gzipped.set(file, { mtime, body });
    return body;
  }

  function send(ctx: Context, file: string, cacheControl: string): void {
    const stat = fs.statSync(file);
    const ext = path.extname(file);
    ctx.status = 200;
    ctx.type = ext;
    ctx.lastModified = stat.mtime;
    ctx.set('Cache-Control', cacheControl);
    ctx.vary('Accept-Encoding');
    if (ctx.fresh) {
      ctx.status = 304;
      return;
    }
    if (COMPRESSIBLE.has(ext) && ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
      ctx.set('Content-Encoding', 'gzip');
      ctx.body = gzipOf(file, stat.mtimeMs);
    } else {
      ctx.body = fs.createReadStream(file);
    }
  }

  return async (ctx: Context, next: () => Promise<void>) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || RESERVED.test(ctx.path)) return next();
    const file = fileOf(ctx.path);
    if (file)
      return send(ctx, file, file.startsWith(path.join(root, 'assets') + path.sep) ? FOREVER : 'no-cache');
    // A missing file stays a 404 (or is Strapi's: robots.txt); any other path is a screen of the panel.
    const index = path.join(root, 'index.html');
    if (path.extname(ctx.path) || !fs.existsSync(index)) return next();
    send(ctx, index, 'no-cache');
  };
};
