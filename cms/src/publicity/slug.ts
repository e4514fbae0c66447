/** A story's address: from its title in pinyin, unique, and never changed once given. */
import { slugify } from 'transliteration';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugFor(title: string): string {
  const s = slugify(title, { lowercase: true, separator: '-' })
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return s.slice(0, 80).replace(/-$/, '') || 'story';
}

/** The slug, or the slug with the smallest number that makes it free. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
