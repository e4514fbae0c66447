import { gridOf, isComplete, lowCells, withCell } from './grid';

const full = () =>
  gridOf({
    1: [5000, 5200, 5400, 5600, 5800, 6000, 6200, 6400],
    2: Array(8).fill(4800),
    3: Array(8).fill(4500),
    4: Array(8).fill(4000),
  });

describe('the pay grid', () => {
  it('starts a new table blank, four posts of eight levels', () => {
    const g = gridOf(undefined);
    expect(Object.keys(g)).toEqual(['1', '2', '3', '4']);
    expect(g['3']).toEqual(Array(8).fill(null));
    expect(isComplete(g)).toBe(false);
  });

  it('changes one cell and keeps the others', () => {
    const g = withCell(full(), 2, 3, 9000);
    expect(g['2']).toEqual([4800, 4800, 9000, 4800, 4800, 4800, 4800, 4800]);
    expect(isComplete(g)).toBe(true);
    expect(isComplete(withCell(g, 4, 8, null))).toBe(false);
  });

  it.each([
    [48_000, []],
    [50_000, ['4-1', '4-2', '4-3', '4-4', '4-5', '4-6', '4-7', '4-8']],
    [60_500, ['1-1', ...[2, 3, 4].flatMap((p) => [1, 2, 3, 4, 5, 6, 7, 8].map((l) => `${p}-${l}`))]],
  ])('marks the cells whose yearly base is below a city average wage of %i', (wage, cells) => {
    expect([...lowCells(full(), wage)].sort()).toEqual([...cells].sort());
  });

  it('marks nothing until the wage is known, and never a blank cell', () => {
    expect(lowCells(full(), '').size).toBe(0);
    expect(lowCells(withCell(full(), 4, 1, null), 50_000).has('4-1')).toBe(false);
  });
});
