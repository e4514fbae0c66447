/** Whether two residents' needs are probably the same one: similar titles, compared by character pairs. */

const normalise = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();

function bigrams(s: string): string[] {
  const chars = [...normalise(s)];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** Dice coefficient of character bigrams, from 0 (nothing shared) to 1 (the same). */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

export const SIMILAR = 0.5;
/** How alike two titles must be to flag a need filed under another category (the same need, mis-filed). */
export const NEARLY_EQUAL = 0.8;

/** The most similar candidate at or above the threshold, or null. */
export function likelyDuplicate<T extends { title: string }>(
  title: string,
  candidates: readonly T[],
): T | null {
  let best: T | null = null;
  let score = SIMILAR;
  for (const c of candidates) {
    const s = titleSimilarity(title, c.title);
    if (s >= score) [best, score] = [c, s];
  }
  return best;
}

/**
 * The earlier open need a new one probably repeats, among those of the same community: a similar title
 * in the same category, or a nearly equal one in any category. The most similar, or null.
 */
export function duplicateAmong<T extends { title: string; category?: unknown }>(
  need: { title: string; category?: unknown },
  candidates: readonly T[],
): T | null {
  let best: T | null = null;
  let score = 0;
  for (const c of candidates) {
    const s = titleSimilarity(need.title, c.title);
    const bar = c.category === need.category ? SIMILAR : NEARLY_EQUAL;
    if (s >= bar && s > score) [best, score] = [c, s];
  }
  return best;
}
