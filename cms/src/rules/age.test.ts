import { ageOn, averageAge, rate } from './age';

describe('ageOn', () => {
  it.each([
    ['1980-06-30', '2026-06-30', 46],
    ['1980-07-01', '2026-06-30', 45 + 364 / 365],
    ['1990-01-01', '2026-07-02', 36 + 182 / 365],
    ['2000-02-29', '2027-02-28', 27],
    ['2000-02-29', '2028-02-28', 27 + 365 / 366],
    ['2000-02-29', '2028-02-29', 28],
    ['2003-03-01', '2004-02-29', 365 / 366],
  ])('a person born %s is %f years old on %s', (birth, at, age) => {
    expect(ageOn(birth, at)).toBeCloseTo(age, 9);
  });
});

describe('averageAge', () => {
  it.each([
    [[], null],
    [['1990-06-30'], 36],
    [['1990-06-30', '1980-06-30'], 41],
    [['1990-06-30', '1989-06-30', '1989-06-30'], 36.7],
  ])('of %j on 2026-06-30 is %p (one decimal)', (births, avg) => {
    expect(averageAge(births as string[], '2026-06-30')).toBe(avg);
  });
});

describe('rate', () => {
  it.each([
    [27, 39, 0.6923],
    [39, 39, 1],
    [0, 39, 0],
    [0, 0, 0],
    [1, 3, 0.3333],
  ])('%i of %i is %f', (part, whole, r) => expect(rate(part, whole)).toBe(r));
});
