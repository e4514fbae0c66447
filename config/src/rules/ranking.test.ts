import { rankQuarter, TASKS_DONE, type LedgerEntry } from './ranking';

const award = (holder: string, task: string, points: number): LedgerEntry => ({
  holder,
  name: holder,
  points,
  kind: 'award',
  task,
});
const reversal = (holder: string, task: string, points: number): LedgerEntry => ({
  holder,
  name: holder,
  points: -points,
  kind: 'reversal',
  task,
});

describe('rankQuarter', () => {
  it('ranks by points, highest first', () => {
    const table = rankQuarter([
      award('member:a', 't1', 2),
      award('member:b', 't2', 6),
      award('unit:c', 't3', 8),
    ]);
    expect(table.map((s) => [s.holder, s.points, s.rank])).toEqual([
      ['unit:c', 8, 1],
      ['member:b', 6, 2],
      ['member:a', 2, 3],
    ]);
  });

  it('breaks a tie on points by tasks done', () => {
    const table = rankQuarter([
      award('member:a', 't1', 6),
      award('member:b', 't2', 2),
      award('member:b', 't3', 4),
    ]);
    expect(table.map((s) => [s.holder, s.tasksDone, s.rank])).toEqual([
      ['member:b', 2, 1],
      ['member:a', 1, 2],
    ]);
  });

  it('gives equal holders the same rank and skips the next', () => {
    const table = rankQuarter([
      award('member:a', 't1', 4),
      award('member:b', 't2', 4),
      award('member:c', 't3', 2),
    ]);
    expect(table.map((s) => s.rank)).toEqual([1, 1, 3]);
  });

  it('takes a reversed approval out of both points and tasks done', () => {
    const table = rankQuarter([
      award('member:a', 't1', 4),
      reversal('member:a', 't1', 4),
      award('member:a', 't2', 2),
    ]);
    expect(table).toEqual([{ holder: 'member:a', name: 'member:a', points: 2, tasksDone: 1, rank: 1 }]);
  });

  it('counts adjustments in points but not in tasks done', () => {
    const table = rankQuarter([
      award('unit:u', 't1', 8),
      { holder: 'unit:u', name: 'u', points: -3, kind: 'adjustment', task: null },
    ]);
    expect(table[0]).toMatchObject({ points: 5, tasksDone: 1 });
  });

  it('is empty for an empty quarter', () => expect(rankQuarter([])).toEqual([]));
});

describe('TASKS_DONE', () => {
  it.each([
    ['award', 1],
    ['reversal', -1],
    ['adjustment', 0],
  ] as const)('an %s moves tasks done by %i', (kind, delta) => {
    expect(TASKS_DONE[kind]).toBe(delta);
  });
});
