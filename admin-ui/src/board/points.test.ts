import { summarise } from './points';

describe('points from the ledger', () => {
  it('add awards, take off reversals and count adjustments by quarter, latest first', () => {
    const s = summarise([
      { id: 1, points: 6, kind: 'award', quarter: '2026-Q3' },
      { id: 2, points: 4, kind: 'award', quarter: '2026-Q4' },
      { id: 3, points: -6, kind: 'reversal', quarter: '2026-Q4' },
      { id: 4, points: 2, kind: 'adjustment', quarter: '2026-Q4' },
    ]);
    expect(s).toEqual({
      total: 6,
      tasksDone: 1,
      quarters: [
        { quarter: '2026-Q4', points: 0 },
        { quarter: '2026-Q3', points: 6 },
      ],
    });
  });

  it('are nothing for a member without entries', () =>
    expect(summarise([])).toEqual({ total: 0, tasksDone: 0, quarters: [] }));
});
