import { freeSlug, SLUG, slugFor } from './slug';

describe('slugFor', () => {
  it.each([
    ['“头雁”领航：和平社区书记的十年坚守', 'tou-yan-ling-hang-he-ping-she-qu-shu-ji-de-shi-nian-jian-shou'],
    ['揭榜领单：下沉党员的一个周末', 'jie-bang-ling-dan-xia-chen-dang-yuan-de-yi-ge-zhou-mo'],
    ['2026年 Q3 积分榜', '2026nian-q3-ji-fen-bang'],
    ['!!!', 'story'],
  ])('%s → %s', (title, slug) => {
    expect(slugFor(title)).toBe(slug);
    expect(slugFor(title)).toMatch(SLUG);
  });

  it('keeps a long title to 80 characters without a dangling dash', () => {
    const s = slugFor('社区'.repeat(40));
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toMatch(SLUG);
  });
});

describe('freeSlug', () => {
  it.each([
    ['a', [], 'a'],
    ['a', ['a'], 'a-2'],
    ['a', ['a', 'a-2', 'a-3'], 'a-4'],
  ])('%s among %j is %s', (base, taken, slug) => expect(freeSlug(base, new Set(taken))).toBe(slug));
});
