/** Published stories as residents read them: only what is published, nothing about a person but what the story says. */
import type { Core } from '@strapi/strapi';
import { PanelError } from '../panel/errors';

const STORY = 'api::story.story';

export interface PublicStory {
  slug: string;
  title: string;
  summary: string | null;
  body?: string | null;
  author: string | null;
  publishedAt: string;
  cover: string | null;
  honour: string | null;
  communities: string[];
}

interface Row {
  slug: string;
  title: string;
  summary: string | null;
  body?: string | null;
  author: string | null;
  publishedAt: string | number | Date;
  cover: { url: string } | null;
  honour: { title: string } | null;
  subjectCommunities: { name: string }[];
}

const shape = (withBody: boolean) => ({
  select: ['slug', 'title', 'summary', 'author', 'publishedAt', ...(withBody ? ['body'] : [])],
  populate: {
    cover: { select: ['url'] },
    honour: { select: ['title'] },
    subjectCommunities: { select: ['name'] },
  },
});

const toPublic = (r: Row): PublicStory => ({
  slug: r.slug,
  title: r.title,
  summary: r.summary,
  ...('body' in r && { body: r.body }),
  author: r.author,
  publishedAt: new Date(r.publishedAt).toISOString(),
  cover: r.cover?.url ?? null,
  honour: r.honour?.title ?? null,
  communities: (r.subjectCommunities ?? []).map((c) => c.name),
});

export async function listStories(
  strapi: Core.Strapi,
  filter: { honour?: string; community?: string; page?: number },
): Promise<{ stories: PublicStory[]; page: number; pages: number }> {
  const where = {
    publishedAt: { $notNull: true },
    ...(filter.honour && { honour: { documentId: filter.honour } }),
    ...(filter.community && { subjectCommunities: { documentId: filter.community } }),
  };
  const size = 20;
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const [rows, total] = await Promise.all([
    strapi.db.query(STORY).findMany({
      ...shape(false),
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      offset: (page - 1) * size,
      limit: size,
    }),
    strapi.db.query(STORY).count({ where }),
  ]);
  return {
    stories: (rows as Row[]).map(toPublic),
    page,
    pages: Math.max(1, Math.ceil(Number(total) / size)),
  };
}

export async function storyBySlug(strapi: Core.Strapi, slug: string): Promise<PublicStory> {
  const row = (await strapi.db
    .query(STORY)
    .findOne({ ...shape(true), where: { slug, publishedAt: { $notNull: true } } })) as Row | null;
  if (!row) throw new PanelError(404, 'no_story');
  return toPublic(row);
}
