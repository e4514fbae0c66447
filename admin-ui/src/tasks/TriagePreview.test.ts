import { triaged } from './TriagePreview';

describe('the tier and points triage will give', () => {
  it.each([
    // difficulty, people, hours, funding → tier, points (rules.taskBoard: big from difficulty 4, > 5 people, > 16 hours)
    [[1, 1, 2, false], { tier: 'small', points: 2 }],
    [[3, 5, 16, false], { tier: 'small', points: 6 }],
    [[4, 1, 1, false], { tier: 'big', points: 8 }],
    [[2, 6, 4, false], { tier: 'big', points: 4 }],
    [[2, 2, 17, false], { tier: 'big', points: 4 }],
    [[1, 1, 1, true], { tier: 'big', points: 2 }],
    [['3', '2', '4', undefined], { tier: 'small', points: 6 }],
  ])('%j → %j', (values, expected) => expect(triaged(values)).toEqual(expected));

  it.each([
    [[undefined, 1, 1, false]],
    [[0, 1, 1, false]],
    [[6, 1, 1, false]],
    [[2.5, 1, 1, false]],
    [[2, '', 1, false]],
    [[2, 1, null, false]],
    [[2, 'many', 1, false]],
  ])('%j → nothing to tell yet', (values) => expect(triaged(values)).toBeNull());
});
