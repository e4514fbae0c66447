import { rules } from '../index';
import {
  appraise,
  excellentLimit,
  fullMarks,
  gradeFromTotal,
  taskBoardProposal,
  totalOf,
  unknownConditions,
  type Scores,
} from './appraisal';

const full: Scores = fullMarks();
const none = { barsExcellent: [], barsPass: [], dismissal: [] };

/** Scores adding up to `total`, taken off duty first. */
const scoring = (total: number): Scores => ({ ...full, duty: Math.round((30 - (100 - total)) * 100) / 100 });

describe('totalOf', () => {
  it('adds the seven items', () => expect(totalOf(full)).toBe(100));
  it('gives full marks at each item’s weight', () =>
    expect(full).toEqual({
      duty: 30,
      attendance: 15,
      excellence: 15,
      satisfaction: 15,
      learning: 10,
      integrity: 10,
      taskBoard: 5,
    }));
  it('adds decimals without floating error', () =>
    expect(totalOf({ ...full, duty: 29.9, attendance: 14.8, excellence: 14.3 })).toBe(99));
  it('weights add up to 100', () =>
    expect(rules.appraisal.items.reduce((s, i) => s + i.weight, 0)).toBe(100));
});

describe('gradeFromTotal', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'pass'],
    [75, 'pass'],
    [74.99, 'basic'],
    [60, 'basic'],
    [59.99, 'fail'],
    [0, 'fail'],
  ])('%f is %s', (total, grade) => expect(gradeFromTotal(total)).toBe(grade));
});

describe('appraise', () => {
  it.each([
    ['no condition, 95', 95, none, 'excellent', false],
    ['no condition, 89.99', 89.99, none, 'pass', false],
    ['a bars-excellent condition caps 95 at pass', 95, { ...none, barsExcellent: ['E1'] }, 'pass', false],
    ['a bars-excellent condition leaves 80 at pass', 80, { ...none, barsExcellent: ['E2'] }, 'pass', false],
    ['a bars-excellent condition leaves 65 basic', 65, { ...none, barsExcellent: ['E3'] }, 'basic', false],
    [
      'all three bars-excellent conditions cap at pass',
      99,
      { ...none, barsExcellent: ['E1', 'E2', 'E3'] },
      'pass',
      false,
    ],
    ['a bars-pass condition fails 95', 95, { ...none, barsPass: ['P1'] }, 'fail', false],
    ['a bars-pass condition fails 70', 70, { ...none, barsPass: ['P4'] }, 'fail', false],
    [
      'bars-pass wins over bars-excellent',
      95,
      { ...none, barsExcellent: ['E1'], barsPass: ['P2'] },
      'fail',
      false,
    ],
    [
      'a dismissal condition recommends dismissal, the grade stands',
      95,
      { ...none, dismissal: ['D3'] },
      'excellent',
      true,
    ],
    ['dismissal with bars-pass', 50, { ...none, barsPass: ['P3'], dismissal: ['D1', 'D7'] }, 'fail', true],
  ])('%s', (_what, total, conditions, grade, dismissal) => {
    expect(appraise(scoring(total), conditions)).toEqual({ total, grade, dismissalRecommended: dismissal });
  });
});

describe('unknownConditions', () => {
  it('accepts the district’s keys', () =>
    expect(unknownConditions({ barsExcellent: ['E1'], barsPass: ['P4'], dismissal: ['D7'] })).toEqual({}));
  it('names keys that are not', () =>
    expect(unknownConditions({ barsExcellent: ['E4'], barsPass: [], dismissal: ['D1', 'X'] })).toEqual({
      barsExcellent: ['E4'],
      dismissal: ['X'],
    }));
  it.each([
    ['barsExcellent', 3],
    ['barsPass', 4],
    ['dismissal', 7],
  ] as const)('the district has %s: %i conditions', (kind, n) =>
    expect(rules.appraisal[kind]).toHaveLength(n),
  );
});

describe('excellentLimit', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [9, 1],
    [10, 2],
    [50, 10],
    [51, 10],
    [55, 11],
  ])('%i on duty may have %i excellent', (headcount, limit) => expect(excellentLimit(headcount)).toBe(limit));
});

describe('taskBoardProposal', () => {
  it.each([
    [0, 0],
    [10, 1],
    [25, 2.5],
    [50, 5],
    [80, 5],
    [-4, 0],
  ])('%i points propose %f', (points, score) => expect(taskBoardProposal(points)).toBe(score));
});
