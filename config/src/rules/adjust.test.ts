import { adjustCells, floorOf, parseAdjustment } from './adjust';
import { belowFloor } from './pay';

const cells: Record<string, number[]> = Object.fromEntries(
  [1, 2, 3, 4].map((post) => [
    String(post),
    Array.from({ length: 8 }, (_, i) => 7000 + (4 - post) * 800 + i * 200),
  ]),
);

describe('adjustCells', () => {
  it.each([
    ['every cell +10 %', { kind: 'percent', percent: 10 } as const, '4', 0, 7700],
    ['every cell +10 %, the top cell', { kind: 'percent', percent: 10 } as const, '1', 7, 11_880],
    ['+3.5 % to the fen', { kind: 'percent', percent: 3.5 } as const, '4', 1, 7452],
    ['post 4 +300', { kind: 'amount', amount: 300, post: 4 } as const, '4', 3, 7900],
    ['post 4 +300 leaves post 3', { kind: 'amount', amount: 300, post: 4 } as const, '3', 3, 8400],
    ['level 2 +5 %', { kind: 'percent', percent: 5, level: 2 } as const, '2', 1, 9240],
    ['level 2 +5 % leaves level 3', { kind: 'percent', percent: 5, level: 2 } as const, '2', 2, 9000],
    ['one cell', { kind: 'amount', amount: 1, post: 1, level: 1 } as const, '1', 0, 9401],
  ])('%s', (_what, adj, post, i, monthly) => expect(adjustCells(cells, adj, 0)[post][i]).toBe(monthly));

  it('raises every cell below the floor of its year to the floor, and leaves the others', () => {
    const raised = adjustCells(cells, { kind: 'floor' }, 86_500);
    expect(raised['4'].slice(0, 3)).toEqual([7209, 7209, 7400]);
    expect(raised['1']).toEqual(cells['1']);
    expect(belowFloor({ cells: raised, cityAverageWage: 86_500 })).toEqual([]);
  });

  it.each([
    [78_000, 6500],
    [86_500, 7209],
    [86_400.01, 7201],
  ])('the floor of %f a year is %i a month', (wage, monthly) => expect(floorOf(wage)).toBe(monthly));
});

describe('parseAdjustment', () => {
  it.each([
    [{ kind: 'floor' }, { kind: 'floor' }],
    [
      { kind: 'percent', percent: 10 },
      { kind: 'percent', percent: 10 },
    ],
    [
      { kind: 'amount', amount: -50, post: 2, level: 3 },
      { kind: 'amount', amount: -50, post: 2, level: 3 },
    ],
  ])('takes %j', (input, adjustment) => expect(parseAdjustment(input)).toEqual({ adjustment }));

  it.each([
    [null, 'kind'],
    [{ kind: 'double' }, 'kind'],
    [{ kind: 'percent' }, 'percent'],
    [{ kind: 'percent', percent: '10' }, 'percent'],
    [{ kind: 'percent', percent: -100 }, 'percent'],
    [{ kind: 'percent', percent: 101 }, 'percent'],
    [{ kind: 'amount', amount: 0 }, 'amount'],
    [{ kind: 'amount', amount: 10, post: 5 }, 'post'],
    [{ kind: 'amount', amount: 10, level: 1.5 }, 'level'],
  ])('refuses %j, naming %s', (input, problem) => expect(parseAdjustment(input)).toEqual({ problem }));
});
