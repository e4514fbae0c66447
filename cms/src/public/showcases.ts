/** Public, no login: the published monthly showcases — counts by category, the done tasks, their follow-ups and photos. */
import type { Core } from '@strapi/strapi';
import { catalogs } from '@yanzhen/config';
import { PanelError } from '../panel/errors';
import { followUpOf } from './board';
import { categoryCounts, figures } from './summary';

const SHOWCASE = 'api::showcase.showcase';
const categories = catalogs.zh.resources.tasks.choices?.category ?? {};

interface Row {
  month: string;
  title: string | null;
  summary: unknown;
}

interface TaskRow {
  title: string;
  category: string;
  points: number | null;
  status: string;
  followUpResult: string | null;
  community: { name: string } | null;
  photos: { url: string }[] | null;
}

const heading = (r: Row) => ({
  month: r.month,
  title: r.title || `${r.month.replace('-', '年')}月成果晾晒`,
  ...figures(r.summary),
});

export async function publishedShowcases(strapi: Core.Strapi) {
  const rows = (await strapi.db.query(SHOWCASE).findMany({
    where: { status: 'published' },
    select: ['month', 'title', 'summary'],
    orderBy: { month: 'desc' },
  })) as Row[];
  return rows.map(heading);
}

export async function publicShowcase(strapi: Core.Strapi, month: string) {
  const s = (await strapi.db.query(SHOWCASE).findOne({
    where: { month, status: 'published' },
    select: ['month', 'title', 'summary'],
    populate: {
      tasks: {
        select: ['title', 'category', 'points', 'status', 'followUpResult'],
        populate: { community: { select: ['name'] }, photos: { select: ['url'] } },
        orderBy: [{ reviewedAt: 'asc' }, { id: 'asc' }],
      },
    },
  })) as (Row & { tasks: TaskRow[] }) | null;
  if (!s) throw new PanelError(404, 'no_showcase', { month });
  return {
    ...heading(s),
    byCategory: categoryCounts(s.summary),
    // What was done and where, as the board showed it: no claimant, reporter or reviewer.
    tasks: s.tasks.map((t) => ({
      title: t.title,
      community: t.community?.name ?? null,
      category: categories[t.category] ?? t.category,
      points: t.points ?? 0,
      followUp: followUpOf(t),
      photos: (t.photos ?? []).map((p) => p.url),
    })),
  };
}

export type PublicShowcase = Awaited<ReturnType<typeof publicShowcase>>;
export type ShowcaseHeading = Awaited<ReturnType<typeof publishedShowcases>>[number];
