import { rules } from '../index';
import { belowFloor, cellProblems, fen, monthlyPay, yearsOfService, type PayTable } from './pay';

/** A table like the demo's: post 1 starts at 9,400, each level +200, each post below −800. */
const cells: Record<string, number[]> = Object.fromEntries(
  [1, 2, 3, 4].map((post) => [
    String(post),
    Array.from({ length: 8 }, (_, i) => 7000 + (4 - post) * 800 + i * 200),
  ]),
);
const table: PayTable = {
  cells,
  cityAverageWage: 78_000,
  seniorityPerYear: 50,
  seniorityCap: 1000,
  qualificationAllowances: rules.pay.qualificationAllowance,
  rates: rules.pay.rates,
};
const payee = { postTier: 4, payLevel: 1, hireDate: null, qualification: 'none' as const };

describe('fen', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [1234.5649, 1234.56],
    [0.1 + 0.2, 0.3],
    [-1.005, -1.01],
  ])('%f rounds to %f', (x, y) => expect(fen(x)).toBe(y));
});

describe('base pay for every post and level', () => {
  it.each([1, 2, 3, 4].flatMap((post) => [1, 2, 3, 4, 5, 6, 7, 8].map((level) => [post, level])))(
    'post %i level %i',
    (post, level) => {
      const line = monthlyPay({ ...payee, postTier: post, payLevel: level }, table, '2026-06');
      expect(line.base).toBe(7000 + (4 - post) * 800 + (level - 1) * 200);
      expect(line.gross).toBe(line.base);
    },
  );

  it('refuses a post or level outside the table', () => {
    expect(() => monthlyPay({ ...payee, postTier: 5 }, table, '2026-06')).toThrow(RangeError);
    expect(() => monthlyPay({ ...payee, payLevel: 9 }, table, '2026-06')).toThrow(RangeError);
  });
});

describe('yearsOfService', () => {
  it.each([
    [null, '2026-06-30', 0],
    ['2025-07-01', '2026-06-30', 0],
    ['2025-06-30', '2026-06-30', 1],
    ['2016-03-15', '2026-03-14', 9],
    ['2016-03-15', '2026-03-15', 10],
    ['2024-02-29', '2025-02-28', 0],
    ['2030-01-01', '2026-06-30', 0],
  ])('hired %s, on %s: %i completed years', (hire, on, years) =>
    expect(yearsOfService(hire, on)).toBe(years),
  );
});

describe('allowances', () => {
  it.each([
    ['2026-07-01', 0, 0],
    ['2021-06-30', 5, 250],
    ['2007-01-01', 19, 950],
    ['2006-01-01', 20, 1000],
    ['1990-01-01', 36, 1000],
  ])('hired %s: %i years of seniority, %f a month (capped at 1,000)', (hireDate, years, allowance) => {
    const line = monthlyPay({ ...payee, hireDate }, table, '2026-06');
    expect([line.seniorityYears, line.seniority]).toEqual([years, allowance]);
  });

  it.each([
    ['none', 0],
    ['assistant', 200],
    ['social', 300],
    ['senior', 500],
  ] as const)('qualification %s adds %i', (qualification, amount) => {
    expect(monthlyPay({ ...payee, qualification }, table, '2026-06').qualification).toBe(amount);
  });
});

describe('contributions', () => {
  const line = monthlyPay(
    { postTier: 1, payLevel: 3, hireDate: '2016-09-01', qualification: 'social' },
    table,
    '2026-06',
  );

  it('adds base and allowances into gross', () => expect(line.gross).toBe(9800 + 450 + 300));

  it.each(['pension', 'medical', 'unemployment', 'injury', 'maternity', 'housingFund'] as const)(
    '%s: the employer and the worker pay their rates of gross, to the fen',
    (kind) => {
      expect(line.employer[kind]).toBe(fen(line.gross * rules.pay.rates[kind].employer));
      expect(line.personal[kind]).toBe(fen(line.gross * rules.pay.rates[kind].personal));
    },
  );

  it('nets the personal share off gross and adds the employer share to cost', () => {
    expect(line.personal.total).toBe(fen(10550 * 0.225));
    expect(line.net).toBe(fen(line.gross - line.personal.total));
    expect(line.cost).toBe(fen(line.gross + line.employer.total));
    expect(line.employer.total).toBe(fen(10550 * 0.377));
  });

  it('rounds each amount to the fen', () => {
    const odd = monthlyPay(
      { postTier: 4, payLevel: 1, hireDate: '2025-01-01', qualification: 'none' },
      { ...table, seniorityPerYear: 33.333 },
      '2026-06',
    );
    for (const v of [
      odd.gross,
      odd.net,
      odd.cost,
      ...Object.values(odd.personal),
      ...Object.values(odd.employer),
    ]) {
      expect(Math.round(v * 100) / 100).toBe(v);
    }
  });
});

describe('the wage floor', () => {
  it('passes a table whose every yearly base reaches the city average', () =>
    expect(belowFloor(table)).toEqual([]));

  it('names each cell below it', () => {
    expect(belowFloor({ ...table, cityAverageWage: 86_500 })).toEqual([
      { post: 4, level: 1, monthly: 7000 },
      { post: 4, level: 2, monthly: 7200 },
    ]);
  });

  it('is at the yearly base exactly: 6,500 a month meets 78,000', () => {
    const edge = { ...cells, '4': [6500, ...cells['4'].slice(1)] };
    expect(belowFloor({ cells: edge, cityAverageWage: 78_000 })).toEqual([]);
    expect(belowFloor({ cells: edge, cityAverageWage: 78_000.01 })).toEqual([
      { post: 4, level: 1, monthly: 6500 },
    ]);
  });
});

describe('cellProblems', () => {
  it('accepts four posts of eight amounts', () => expect(cellProblems(cells)).toEqual([]));
  it.each([
    ['not an object', 'x', ['cells']],
    ['a post missing', { ...cells, '3': undefined }, ['post 3']],
    ['seven levels', { ...cells, '2': cells['2'].slice(1) }, ['post 2']],
    ['a negative amount', { ...cells, '1': [-1, ...cells['1'].slice(1)] }, ['post 1']],
    ['text', { ...cells, '4': ['7000', ...cells['4'].slice(1)] }, ['post 4']],
  ])('refuses %s', (_what, grid, problems) => expect(cellProblems(grid)).toEqual(problems));
});
