import { addDays, currentBoardDate, quarterOf } from './calendar';

describe('currentBoardDate (Asia/Shanghai, Friday 09:00)', () => {
  it.each([
    ['Friday 09:00 Shanghai posts that day', '2026-11-27T01:00:00Z', '2026-11-27'],
    ['Friday 08:59 Shanghai is still last week', '2026-11-27T00:59:00Z', '2026-11-20'],
    ['Thursday evening UTC is Friday morning in Shanghai', '2026-11-26T23:30:00Z', '2026-11-20'],
    ['Thursday 17:00 UTC is Friday 01:00 in Shanghai, before posting', '2026-11-26T17:00:00Z', '2026-11-20'],
    ['Saturday', '2026-11-28T04:00:00Z', '2026-11-27'],
    ['Thursday', '2026-11-26T04:00:00Z', '2026-11-20'],
    ['across a year end', '2027-01-01T02:00:00Z', '2027-01-01'],
  ])('%s', (_what, at, date) => expect(currentBoardDate(new Date(at))).toBe(date));
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-12-31', '2026-Q4'],
  ])('%s is in %s', (d, q) => expect(quarterOf(d)).toBe(q));
});

describe('addDays', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i is %s', (d, n, out) => expect(addDays(d, n)).toBe(out));
});
