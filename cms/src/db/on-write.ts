/**
 * Document Service middlewares as the hooks of one content type: they run once per document operation,
 * whatever door the write came through (the panel, Strapi's admin, a job). The helper guards first and
 * hands everything else on to `next()`.
 */
import type { Core } from '@strapi/strapi';
import { resolveRelation } from './relations';

export type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
export type DocCtx = Parameters<Middleware>[0];
export type Next = Parameters<Middleware>[1];
export type Action = DocCtx['action'];
export type Data = Record<string, unknown>;
/** A hook as a domain declares it: given the Strapi instance, the middleware to register. */
export type Hook = (strapi: Core.Strapi) => Middleware;

/** Creates and updates; `CHANGES`: everything that alters a stored document. */
export const WRITES: readonly Action[] = ['create', 'update'];
export const CHANGES: readonly Action[] = ['update', 'delete', 'publish', 'unpublish', 'discardDraft'];

export interface Write {
  strapi: Core.Strapi;
  ctx: DocCtx;
  action: Action;
  /** The write's fields; a hook may add the fields it derives. */
  data: Data;
  /** The document written to (null on create). */
  documentId: string | null;
  /** What the write does to a to-one relation: the documentId it names, null (cleared) or undefined (left alone). */
  relation(field: string): Promise<string | null | undefined>;
}

/** `uid` is one content type's, or a pattern (`/^api::/`: every content type of the application). */
export function onWrite(
  uid: string | RegExp,
  actions: readonly Action[],
  fn: (write: Write, next: Next) => ReturnType<Middleware>,
): Hook {
  return (strapi) => async (ctx, next) => {
    const ours = typeof uid === 'string' ? ctx.uid === uid : uid.test(ctx.uid);
    if (!ours || !actions.includes(ctx.action)) return next();
    const params = ctx.params as { data?: Data; documentId?: string };
    const data = params.data ?? {};
    return fn(
      {
        strapi,
        ctx,
        action: ctx.action,
        data,
        documentId: params.documentId ?? null,
        relation: (field) => resolveRelation(strapi, ctx.uid, field, data[field]),
      },
      next,
    );
  };
}
