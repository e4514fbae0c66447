/**
 * A showcase's stored summary as residents read it. Staff may correct a draft's summary by hand before
 * publishing, so a figure that is not a count reads as none rather than failing the page.
 */
import { catalogs } from '@yanzhen/config';

const categories = catalogs.zh.resources.tasks.choices?.category ?? {};
const ORDER = Object.keys(categories);

export interface Figures {
  total: number;
  big: number;
  small: number;
  urgent: number;
}

export interface CategoryCount {
  /** The category's Chinese label. */
  category: string;
  count: number;
}

const count = (v: unknown): number => (Number.isInteger(v) && (v as number) > 0 ? (v as number) : 0);
const fields = (summary: unknown): Record<string, unknown> =>
  summary && typeof summary === 'object' && !Array.isArray(summary)
    ? (summary as Record<string, unknown>)
    : {};

export function figures(summary: unknown): Figures {
  const s = fields(summary);
  return { total: count(s.total), big: count(s.big), small: count(s.small), urgent: count(s.urgent) };
}

/** Counts by category, most first, ties in the catalog's order; categories with none are left out. */
export function categoryCounts(summary: unknown): CategoryCount[] {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return Object.entries(fields(fields(summary).byCategory))
    .map(([key, n]) => ({ key, count: count(n) }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || rank(a.key) - rank(b.key))
    .map((c) => ({ category: categories[c.key] ?? c.key, count: c.count }));
}
