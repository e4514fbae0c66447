/**
 * A story's address: from its title in pinyin, unique, and never changed once given. pinyin-pro reads
 * each character in its word (银行行长 is yin-hang-hang-zhang); only new stories get a slug from here,
 * a stored one is kept.
 */
import { pinyin } from 'pinyin-pro';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One word per Chinese syllable (ü as v) and per run of letters and digits, joined by dashes. */
export function slugFor(title: string): string {
  // NFKD folds full-width letters and digits to ASCII and splits accents off Latin letters.
  const plain = title.normalize('NFKD').replace(/\p{M}/gu, '');
  const words = pinyin(plain, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const s = words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s.slice(0, 80).replace(/-$/, '') || 'story';
}

/** The slug, or the slug with the smallest number that makes it free. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
