import { categoryCounts, figures } from './summary';

describe('a showcase summary', () => {
  it('reads the figures, and anything that is not a count as none', () => {
    expect(figures({ total: 5, big: 2, small: 3, urgent: 1, byCategory: {} })).toEqual({
      total: 5,
      big: 2,
      small: 3,
      urgent: 1,
    });
    expect(figures({ total: '5', big: -1, small: 1.5 })).toEqual({ total: 0, big: 0, small: 0, urgent: 0 });
  });

  it('lists categories by their Chinese labels, most first, ties in the catalog order', () => {
    expect(categoryCounts({ byCategory: { other: 1, patrol: 1, elderly: 3, health: 0 } })).toEqual([
      { category: '关爱空巢老人', count: 3 },
      { category: '护林巡河', count: 1 },
      { category: '其他', count: 1 },
    ]);
  });

  it.each([
    null,
    'text',
    [1, 2],
    { byCategory: null },
    { byCategory: [3] },
    { byCategory: { elderly: 'x' } },
  ])('reads %j as no categories', (summary) => expect(categoryCounts(summary)).toEqual([]));
});
