/** Month end: the month's results drafted for staff to publish — counts by category and the done tasks. */
import type { Core } from '@strapi/strapi';
import { createOnce } from './once';
import { idOf } from './scores';

const TASK = 'api::task.task';
const SHOWCASE = 'api::showcase.showcase';

/** The instants a calendar month (`2026-10`) starts and ends in the district's zone (UTC+8, no summer time). */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return {
    from: new Date(`${month}-01T00:00:00+08:00`).toISOString(),
    to: new Date(`${next}-01T00:00:00+08:00`).toISOString(),
  };
}

export async function draftShowcase(
  strapi: Core.Strapi,
  month: string,
): Promise<{ showcase: string; drafted: boolean }> {
  const { from, to } = monthRange(month);
  const done = (await strapi.db.query(TASK).findMany({
    where: { status: 'approved', reviewedAt: { $gte: from, $lt: to } },
    select: ['documentId', 'category', 'tier', 'isUrgent'],
    orderBy: { reviewedAt: 'asc' },
  })) as { documentId: string; category: string; tier: string; isUrgent: boolean }[];
  const byCategory: Record<string, number> = {};
  for (const t of done) byCategory[t.category] = (byCategory[t.category] ?? 0) + 1;
  const summary = {
    total: done.length,
    big: done.filter((t) => t.tier === 'big').length,
    small: done.filter((t) => t.tier === 'small').length,
    urgent: done.filter((t) => t.isUrgent).length,
    byCategory,
  };
  const data = {
    month,
    title: `${month.replace('-', '年')}月“揭榜领单”成果晾晒`,
    summary,
    tasks: done.map((t) => t.documentId),
  };
  const existing = (await strapi.db
    .query(SHOWCASE)
    .findOne({ where: { month }, select: ['documentId', 'status'] })) as {
    documentId: string;
    status: string;
  } | null;
  if (existing?.status === 'published') return { showcase: existing.documentId, drafted: false };
  if (existing) {
    await strapi.documents(SHOWCASE).update({ documentId: existing.documentId, data });
    return { showcase: existing.documentId, drafted: true };
  }
  return createOnce<{ showcase: string; drafted: boolean }>(
    async () => ({
      showcase: (await strapi.documents(SHOWCASE).create({ data: { ...data, status: 'draft' } })).documentId,
      drafted: true,
    }),
    async () => ({ showcase: await idOf(strapi, SHOWCASE, { month }), drafted: false }),
  );
}
