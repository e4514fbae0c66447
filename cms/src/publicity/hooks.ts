/** Stories: the body sanitised on every save; the slug made from the title once, then never changed. */
import type { Core } from '@strapi/strapi';
import { PanelError } from '../panel/errors';
import { sanitizeStory } from './sanitize';
import { freeSlug, SLUG, slugFor } from './slug';

const STORY = 'api::story.story';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Data = Record<string, unknown>;

const fieldError = (field: string, code: 'slug_format' | 'slug_stable', status = 400) =>
  new PanelError(
    status,
    code === 'slug_stable' ? 'slug_stable' : 'validation',
    { count: 1, fields: { resource: 'stories', fields: [field] } },
    {
      [field]: { code },
    },
  );

export function storyHooks(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== STORY || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { data?: Data; documentId?: string };
    const data = (params.data ?? {}) as Data;
    if (typeof data.body === 'string') data.body = sanitizeStory(data.body);
    if (ctx.action === 'update' && 'slug' in data) {
      const current = (await strapi.db
        .query(STORY)
        .findOne({ where: { documentId: params.documentId }, select: ['slug'] })) as {
        slug: string | null;
      } | null;
      if (current?.slug && data.slug !== current.slug) throw fieldError('slug', 'slug_stable', 409);
    }
    if (ctx.action === 'create') {
      if (typeof data.slug === 'string' && data.slug !== '') {
        if (!SLUG.test(data.slug)) throw fieldError('slug', 'slug_format');
      } else {
        const base = slugFor(String(data.title ?? ''));
        const taken = (await strapi.db
          .query(STORY)
          .findMany({ where: { slug: { $startsWith: base } }, select: ['slug'] })) as {
          slug: string;
        }[];
        data.slug = freeSlug(base, new Set(taken.map((t) => t.slug)));
      }
    }
    return next();
  };
}
