/**
 * Nothing under `/uploads` can run in a reader's browser, whatever its name or bytes: the browser may
 * not guess a type (`nosniff`), the path has a CSP of its own that allows no script and sandboxes any
 * document, and only the rulebook's image types are shown inline — anything else (an old `.html`,
 * `.js` or `.svg` on disk) is a download of opaque bytes.
 */
import { rules } from '@yanzhen/config';
import type { Context } from 'koa';
import path from 'path';
import { imageTypesOf } from '../publicity/image-types';

const CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

export default () => {
  const images = new Set(imageTypesOf(rules.publicity.imageTypes).map((t) => t.mime));
  return async (ctx: Context, next: () => Promise<void>) => {
    if (!ctx.path.startsWith('/uploads/')) return next();
    await next();
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Content-Security-Policy', CSP);
    if (ctx.body === undefined || ctx.body === null) return;
    // The type the static server gave the file it found (from that file's extension).
    if (images.has(ctx.response.type)) {
      ctx.set('Content-Disposition', 'inline');
    } else {
      ctx.attachment(path.basename(ctx.path));
      ctx.type = 'application/octet-stream';
    }
  };
};
