/** Stories: the body sanitised on every save; the slug made from the title once, then never changed. */
import { onWrite, WRITES } from '../db/on-write';
import { PanelError, validationError } from '../panel/errors';
import { sanitizeStory } from './sanitize';
import { freeSlug, SLUG, slugFor } from './slug';

const STORY = 'api::story.story';

export const storyHooks = onWrite(STORY, WRITES, async ({ strapi, action, data, documentId }, next) => {
  if (typeof data.body === 'string') data.body = sanitizeStory(data.body);
  if (action === 'update' && 'slug' in data) {
    const current = (await strapi.db.query(STORY).findOne({ where: { documentId }, select: ['slug'] })) as {
      slug: string | null;
    } | null;
    if (current?.slug && data.slug !== current.slug) {
      throw new PanelError(409, 'slug_stable', {}, { slug: { code: 'slug_stable' } });
    }
  }
  if (action === 'create') {
    if (typeof data.slug === 'string' && data.slug !== '') {
      if (!SLUG.test(data.slug)) throw validationError('stories', { slug: { code: 'slug_format' } });
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
});
