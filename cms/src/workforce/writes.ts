/** What the workforce hooks read from a Document Service write, whatever door it came through. */
import type { Core } from '@strapi/strapi';

export type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
export type DocCtx = Parameters<Middleware>[0];
export type Data = Record<string, unknown>;

export const dataOf = (ctx: DocCtx): Data => ((ctx.params as { data?: Data }).data ?? {}) as Data;

export const documentIdOf = (ctx: DocCtx): string | null =>
  (ctx.params as { documentId?: string }).documentId ?? null;

export const isWrite = (ctx: DocCtx, uid: string): boolean =>
  ctx.uid === uid && (ctx.action === 'create' || ctx.action === 'update');

/**
 * A to-one relation as a write names it: the panel sends a documentId, Strapi's own admin
 * `{ connect: [...] }` or `{ set: [...] }`. Null clears it; undefined means the write leaves it alone.
 */
export function relationId(v: unknown): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null || typeof v === 'string') return v;
  if (typeof v !== 'object') return undefined;
  if ('documentId' in v) return String(v.documentId);
  const { connect, set } = v as { connect?: unknown[]; set?: unknown[] };
  const list = set ?? connect;
  if (!Array.isArray(list)) return undefined;
  if (list.length === 0) return set ? null : undefined;
  return relationId(list[list.length - 1]);
}
