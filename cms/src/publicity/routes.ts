/** Publicity's own panel endpoints: image upload, and a story's preview as the public page will show it. */
import type { Resource } from '../panel/model';
import type { DomainRoute } from '../panel/domain';
import { page } from '../public/html';
import { storyArticle } from '../public/pages';
import { uploadRoute } from './upload';

interface File {
  url: string;
}

export const publicityRoutes: DomainRoute[] = [
  uploadRoute,
  {
    method: 'GET',
    path: '/stories/:id/preview',
    async handler(ctx, viewer, { strapi, registry, service }) {
      const s = await service.one(viewer, registry.byName('stories') as Resource, ctx.params.id);
      const names = async (uid: string, ids: unknown, field: string) =>
        (
          (await strapi.db.query(uid).findMany({
            where: { documentId: { $in: (ids as string[]) ?? [] } },
            select: [field],
          })) as Record<string, string>[]
        ).map((r) => r[field]);
      ctx.type = 'html';
      return page(
        `预览：${s.title}`,
        storyArticle({
          slug: String(s.slug),
          title: String(s.title),
          summary: (s.summary as string) ?? null,
          body: (s.body as string) ?? null,
          author: (s.author as string) ?? null,
          publishedAt: (s.publishedAt as string) ?? null,
          cover: (s.cover as File | null)?.url ?? null,
          honour: (await names('api::honour.honour', s.honour ? [s.honour] : [], 'title'))[0] ?? null,
          communities: await names('api::community.community', s.subjectCommunities, 'name'),
        }),
      );
    },
  },
];
