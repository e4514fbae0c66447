import { freeSlug, SLUG, slugFor } from './slug';

describe('slugFor', () => {
  it.each([
    ['“头雁”领航：和平社区书记的十年坚守', 'tou-yan-ling-hang-he-ping-she-qu-shu-ji-de-shi-nian-jian-shou'],
    ['揭榜领单：下沉党员的一个周末', 'jie-bang-ling-dan-xia-chen-dang-yuan-de-yi-ge-zhou-mo'],
    ['2026年 Q3 积分榜', '2026-nian-q3-ji-fen-bang'],
    ['第3季度', 'di-3-ji-du'],
    ['AB社区CD', 'ab-she-qu-cd'],
    ['Café 社区 Ｑ３', 'cafe-she-qu-q3'],
    ['绿色社区的女儿们', 'lv-se-she-qu-de-nv-er-men'],
    ['!!!', 'story'],
    ['', 'story'],
  ])('%s → %s', (title, slug) => {
    expect(slugFor(title)).toBe(slug);
    expect(slugFor(title)).toMatch(SLUG);
  });

  // Characters read differently in different words: each is read in its word.
  it.each([
    ['银行行长', 'yin-hang-hang-zhang'],
    ['重庆长安街', 'chong-qing-chang-an-jie'],
    ['重新出发', 'chong-xin-chu-fa'],
    ['孩子长大了', 'hai-zi-zhang-da-le'],
    ['音乐会', 'yin-yue-hui'],
    ['行走的党课', 'xing-zou-de-dang-ke'],
    ['空调调查', 'kong-tiao-diao-cha'],
    ['会计睡觉', 'kuai-ji-shui-jiao'],
    ['首都都是', 'shou-du-dou-shi'],
  ])('polyphone: %s → %s', (title, slug) => {
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
