/** `/api/public/...`: what residents read without logging in (DESIGN.md §3). */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { listStories, storyBySlug } from '../publicity/stories';
import { publicBoard, publicScores, publishedQuarters } from './board';
import { publicShowcase, publishedShowcases } from './showcases';

export function publicRoutes(strapi: Core.Strapi) {
  const route = (path: string, handler: (ctx: Context) => Promise<unknown>) => ({
    method: 'GET' as const,
    path: `/api/public${path}`,
    handler: async (ctx: Context) => {
      ctx.body = await handler(ctx);
      ctx.set('Cache-Control', 'public, max-age=60');
    },
    config: { auth: false as const },
  });
  return [
    route('/stories', (ctx) => {
      const q = ctx.query as Record<string, string | undefined>;
      return listStories(strapi, { honour: q.honour, community: q.community, page: Number(q.page ?? 1) });
    }),
    route('/stories/:slug', (ctx) => storyBySlug(strapi, String(ctx.params.slug))),
    route('/board', () => publicBoard(strapi)),
    route('/scores', () => publishedQuarters(strapi)),
    route('/scores/:quarter', (ctx) => publicScores(strapi, String(ctx.params.quarter))),
    route('/showcases', () => publishedShowcases(strapi)),
    route('/showcases/:month', (ctx) => publicShowcase(strapi, String(ctx.params.month))),
  ];
}
