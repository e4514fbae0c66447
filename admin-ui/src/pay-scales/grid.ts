/**
 * The 四岗八级 grid as the form holds it: monthly base pay by post (`"1"`..`"4"`) and level, blanks as
 * null while the clerk types. The floor check is the server's own rule.
 */
import { belowFloor, rules } from '@yanzhen/config';

export type Grid = Record<string, (number | null)[]>;

export const POSTS = rules.pay.posts;
export const LEVELS = Array.from({ length: rules.pay.levels }, (_, i) => i + 1);

/** Any value as a full grid (a new table starts blank). */
export function gridOf(value: unknown): Grid {
  const src =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(
    POSTS.map(({ tier }) => {
      const row = Array.isArray(src[String(tier)]) ? (src[String(tier)] as unknown[]) : [];
      return [
        String(tier),
        LEVELS.map((_, i) =>
          typeof row[i] === 'number' && Number.isFinite(row[i]) ? (row[i] as number) : null,
        ),
      ];
    }),
  );
}

export const withCell = (grid: Grid, post: number, level: number, value: number | null): Grid => ({
  ...grid,
  [String(post)]: grid[String(post)].map((v, i) => (i === level - 1 ? value : v)),
});

export const isComplete = (grid: Grid): boolean =>
  Object.values(grid).every((row) => row.every((v) => v !== null && v > 0));

/** `"post-level"` of the cells whose yearly base is below the wage (none until the wage is known). */
export function lowCells(grid: Grid, cityAverageWage: unknown): Set<string> {
  const wage = Number(cityAverageWage);
  if (cityAverageWage === null || cityAverageWage === '' || !Number.isFinite(wage)) return new Set();
  const filled = Object.fromEntries(
    Object.entries(grid).map(([post, row]) => [post, row.map((v) => v ?? Number.POSITIVE_INFINITY)]),
  );
  return new Set(belowFloor({ cells: filled, cityAverageWage: wage }).map((c) => `${c.post}-${c.level}`));
}
