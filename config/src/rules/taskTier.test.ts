import { rules } from '../index';
import { pointsOf, tierOf, type TaskNeeds } from './taskTier';

const small: TaskNeeds = { difficulty: 1, peopleNeeded: 1, hoursNeeded: 2, needsFunding: false };

describe('tierOf', () => {
  it.each<[string, Partial<TaskNeeds>, 'big' | 'small']>([
    ['an easy task for one person', {}, 'small'],
    ['5 people (the most a small task may need)', { peopleNeeded: 5 }, 'small'],
    ['6 people', { peopleNeeded: 6 }, 'big'],
    ['16 hours (the most a small task may need)', { hoursNeeded: 16 }, 'small'],
    ['16.5 hours', { hoursNeeded: 16.5 }, 'big'],
    ['difficulty 3', { difficulty: 3 }, 'small'],
    ['difficulty 4', { difficulty: 4 }, 'big'],
    ['difficulty 5', { difficulty: 5 }, 'big'],
    ['funding or materials', { needsFunding: true }, 'big'],
  ])('%s is %s', (_what, needs, tier) => {
    expect(tierOf({ ...small, ...needs })).toBe(tier);
  });

  it('follows a district that changes its numbers', () => {
    expect(tierOf({ ...small, peopleNeeded: 6 }, { ...rules.taskBoard, maxSmallPeople: 8 })).toBe('small');
  });
});

describe('pointsOf', () => {
  it.each([
    [1, 2],
    [2, 4],
    [3, 6],
    [4, 8],
    [5, 10],
  ])('difficulty %i is worth %i points', (d, p) => expect(pointsOf(d)).toBe(p));

  it.each([0, 6, 2.5, Number.NaN])('refuses difficulty %p', (d) =>
    expect(() => pointsOf(d)).toThrow(RangeError),
  );
});
