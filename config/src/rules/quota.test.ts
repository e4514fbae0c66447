import { rules } from '../index';
import { staffingOf, staffingQuota, type CommunityMeasures } from './quota';

const quiet: CommunityMeasures = { population: 0, areaKm2: 0, securityLevel: 'stable' };

describe('staffingQuota', () => {
  it.each<[string, Partial<CommunityMeasures>, number]>([
    ['an empty, stable community gets the base', {}, 5],
    ['1,499 residents add nothing', { population: 1499 }, 5],
    ['1,500 residents add one post', { population: 1500 }, 6],
    ['10,000 residents add six', { population: 10_000 }, 11],
    ['1.99 km² adds nothing', { areaKm2: 1.99 }, 5],
    ['2 km² add one post', { areaKm2: 2 }, 6],
    ['7.5 km² add three', { areaKm2: 7.5 }, 8],
    ['a general security situation adds one', { securityLevel: 'general' }, 6],
    ['a complex one adds two', { securityLevel: 'complex' }, 7],
    ['an unknown level adds nothing', { securityLevel: 'unheard-of' }, 5],
    ['population and area not yet surveyed count as none', { population: null, areaKm2: null }, 5],
    ['all three add up', { population: 9000, areaKm2: 4.2, securityLevel: 'complex' }, 15],
    ['a huge community stops at the maximum', { population: 100_000, areaKm2: 50 }, 25],
  ])('%s: %i posts', (_what, c, quota) => {
    expect(staffingQuota({ ...quiet, ...c })).toBe(quota);
  });

  it('never goes below the minimum when a district lowers the base', () => {
    expect(staffingQuota(quiet, { ...rules.workforce.quota, base: 2, min: 4 })).toBe(4);
  });

  it('follows a district that changes its numbers', () => {
    const q = { ...rules.workforce.quota, residentsPerPost: 1000 };
    expect(staffingQuota({ ...quiet, population: 3000 }, q)).toBe(8);
  });
});

describe('staffingOf', () => {
  it.each([
    [8, 9, 'over'],
    [8, 8, 'at'],
    [8, 7, 'under'],
    [5, 0, 'under'],
  ])('quota %i, headcount %i: %s', (quota, headcount, s) => expect(staffingOf(quota, headcount)).toBe(s));
});
