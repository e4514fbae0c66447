import { rules } from '../index';
import { educationAfterGraduation, graduationDue, subsidyOf, subsidyRateAllowed } from './degree';

describe('subsidyRateAllowed', () => {
  it.each([
    [0, false],
    [0.3, false],
    [0.4999, false],
    [0.5, true],
    [0.75, true],
    [1, true],
    [1.01, false],
    [Number.NaN, false],
  ])('a rate of %p is allowed: %p', (rate, ok) => expect(subsidyRateAllowed(rate)).toBe(ok));

  it('follows a district that raises its minimum', () => {
    expect(subsidyRateAllowed(0.5, 0.6)).toBe(false);
    expect(subsidyRateAllowed(0.6, 0.6)).toBe(true);
  });

  it('starts from the rulebook’s 50%', () => expect(rules.workforce.degree.minSubsidyRate).toBe(0.5));
});

describe('subsidyOf', () => {
  it.each([
    [6000, 0.5, 3000],
    [6000, 1, 6000],
    [4999.99, 0.55, 2749.99],
    [3333, 0.6, 1999.8],
    [1.01, 0.5, 0.51],
    [0, 0.8, 0],
  ])('tuition %p at %p is %p yuan', (tuition, rate, subsidy) =>
    expect(subsidyOf(tuition, rate)).toBe(subsidy),
  );
});

describe('educationAfterGraduation', () => {
  it.each([
    ['junior', 'college'],
    ['senior', 'college'],
    ['college', 'college'],
    ['bachelor', 'bachelor'],
    ['postgraduate', 'postgraduate'],
  ])('%s becomes %s', (before, after) => expect(educationAfterGraduation(before)).toBe(after));
});

describe('graduationDue', () => {
  it.each([
    ['enrolled', true, false, false],
    ['graduated', false, false, false],
    ['graduated', null, false, false],
    ['graduated', true, false, true],
    ['graduated', true, null, true],
    ['graduated', true, true, false],
    ['withdrawn', true, false, false],
  ])(
    'status %s, diploma registered %p, already raised %p: due %p',
    (status, diplomaRegistered, educationRaised, due) =>
      expect(graduationDue({ status, diplomaRegistered, educationRaised })).toBe(due),
  );
});
