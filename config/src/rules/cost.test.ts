import { rules } from '../index';
import { adjustCells } from './adjust';
import { tableCost, yearlyPay, type RosterEntry } from './cost';
import { fen, monthlyPay, type PayTable } from './pay';

const cells: Record<string, number[]> = Object.fromEntries(
  [1, 2, 3, 4].map((post) => [
    String(post),
    Array.from({ length: 8 }, (_, i) => 7000 + (4 - post) * 800 + i * 200),
  ]),
);
const current: PayTable = {
  cells,
  cityAverageWage: 78_000,
  seniorityPerYear: 50,
  seniorityCap: 1000,
  qualificationAllowances: rules.pay.qualificationAllowance,
  rates: rules.pay.rates,
};
const plus10: PayTable = { ...current, cells: adjustCells(cells, { kind: 'percent', percent: 10 }, 0) };
const MONTH = '2026-06';

/** A known roster: two towns, every post, allowances of every kind. */
const roster: RosterEntry[] = [
  { town: 'a', count: 3, postTier: 1, payLevel: 1, hireDate: '2016-09-01', qualification: 'social' },
  { town: 'a', count: 5, postTier: 4, payLevel: 2, hireDate: '2024-01-01', qualification: 'none' },
  { town: 'b', count: 2, postTier: 2, payLevel: 8, hireDate: '1990-01-01', qualification: 'senior' },
  { town: 'b', count: 7, postTier: 3, payLevel: 4, hireDate: null, qualification: 'assistant' },
  { town: 'b', count: 1, postTier: 4, payLevel: 1, hireDate: '2021-06-30', qualification: 'none' },
];
const people = roster.reduce((s, e) => s + e.count, 0);
const sum = (f: (e: RosterEntry) => number, list = roster) =>
  fen(list.reduce((s, e) => s + f(e) * e.count, 0));

describe('a +10 % table over a known roster', () => {
  const cost = tableCost(roster, plus10, current, MONTH);

  it('adds exactly 10 % of the yearly base', () => {
    expect(cost.current.base).toBe(sum((e) => monthlyPay(e, current, MONTH).base * 12));
    expect(cost.added.base).toBe(fen(cost.current.base * 0.1));
    expect(cost.proposed.base).toBe(fen(cost.current.base * 1.1));
  });

  it('leaves the allowances as they were: seniority and qualification do not follow the cells', () => {
    expect(cost.current.allowances).toBe(
      sum((e) => {
        const m = monthlyPay(e, current, MONTH);
        return (m.seniority + m.qualification) * 12;
      }),
    );
    expect(cost.added.allowances).toBe(0);
  });

  it.each([
    ['gross', (t: PayTable) => (e: RosterEntry) => monthlyPay(e, t, MONTH).gross * 12],
    ['employer', (t: PayTable) => (e: RosterEntry) => monthlyPay(e, t, MONTH).employer.total * 12],
    ['total', (t: PayTable) => (e: RosterEntry) => monthlyPay(e, t, MONTH).cost * 12],
  ] as const)('sums %s as the payroll computes each worker, times twelve', (part, of) => {
    expect(cost.current[part]).toBe(sum(of(current)));
    expect(cost.proposed[part]).toBe(sum(of(plus10)));
    expect(cost.added[part]).toBe(fen(cost.proposed[part] - cost.current[part]));
  });

  it('charges the employer its 五险一金 rates on the new gross, and total = gross + employer', () => {
    const employerRate = Object.values(rules.pay.rates).reduce((s, r) => s + r.employer, 0);
    expect(Math.abs(cost.proposed.employer - cost.proposed.gross * employerRate)).toBeLessThan(people);
    expect(cost.proposed.total).toBe(fen(cost.proposed.gross + cost.proposed.employer));
    expect(cost.added.total).toBe(fen(cost.added.gross + cost.added.employer));
  });

  it('counts everyone as affected, and no one whose pay falls', () => {
    expect([cost.headcount, cost.affected, cost.falling, cost.unpriced]).toEqual([people, people, [], []]);
  });

  it.each([
    ['a', 8],
    ['b', 10],
  ])('breaks the figures down by town: %s has %i workers', (town, headcount) => {
    const mine = roster.filter((e) => e.town === town);
    expect(cost.byTown[town]).toMatchObject({ headcount, affected: headcount });
    expect(cost.byTown[town].added.base).toBe(sum((e) => monthlyPay(e, current, MONTH).base * 1.2, mine));
  });

  it('breaks the figures down by post, the posts adding up to the whole', () => {
    expect(Object.keys(cost.byPost).sort()).toEqual(['1', '2', '3', '4']);
    expect(cost.byPost['4'].headcount).toBe(6);
    const posts = Object.values(cost.byPost);
    expect(fen(posts.reduce((s, l) => s + l.added.total, 0))).toBe(cost.added.total);
  });
});

describe('one post changed', () => {
  const post4 = { ...current, cells: adjustCells(cells, { kind: 'amount', amount: 300, post: 4 }, 0) };
  const cost = tableCost(roster, post4, current, MONTH);

  it('adds to that post only, and counts only its workers as affected', () => {
    expect(cost.added.base).toBe(6 * 300 * 12);
    expect(cost.affected).toBe(6);
    expect(cost.byPost['1'].added.total).toBe(0);
  });
});

describe('workers whose pay would fall', () => {
  const cut = { ...current, cells: adjustCells(cells, { kind: 'amount', amount: -100, level: 8 }, 0) };
  it('are listed, and still counted in the figures', () => {
    const cost = tableCost(roster, cut, current, MONTH);
    expect(cost.falling).toEqual([roster[2]]);
    expect(cost.added.base).toBe(-2 * 100 * 12);
  });
});

describe('a worker on a level the new table lacks', () => {
  const short = { ...plus10, cells: { ...plus10.cells, '2': plus10.cells['2'].slice(0, 7) } };
  const cost = tableCost(roster, short, current, MONTH);

  it('is listed as unpriced and left out of every figure, on both sides', () => {
    expect(cost.unpriced).toEqual([roster[2]]);
    expect(cost.headcount).toBe(people - 2);
    const others = roster.filter((e) => e !== roster[2]);
    expect(cost.current.gross).toBe(sum((e) => monthlyPay(e, current, MONTH).gross * 12, others));
    expect(cost.byPost['2']).toBeUndefined();
  });

  it('has no yearly pay under that table, and one under the other', () => {
    expect(yearlyPay(roster[2], short, MONTH)).toBeNull();
    expect(yearlyPay(roster[2], current, MONTH)?.base).toBe(monthlyPay(roster[2], current, MONTH).base * 12);
  });
});

describe('the same table on both sides', () => {
  it('adds nothing and affects no one', () => {
    const cost = tableCost(roster, current, current, MONTH);
    expect([cost.added, cost.affected]).toEqual([
      { base: 0, allowances: 0, gross: 0, employer: 0, total: 0 },
      0,
    ]);
  });

  it('is empty over an empty roster', () =>
    expect(tableCost([], plus10, current, MONTH)).toMatchObject({ headcount: 0, byTown: {}, byPost: {} }));
});
