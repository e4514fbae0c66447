import { followUpWindow, reopens, type FollowUpResult } from './followUp';

const approved = '2026-05-01T02:00:00.000Z';
const DAY = 86_400_000;
const after = (ms: number) => new Date(new Date(approved).getTime() + ms);

describe('followUpWindow', () => {
  it.each<[string, Date | string | null, Date, 'open' | 'closed']>([
    ['right after the approval', approved, after(1000), 'open'],
    ['on the window’s last instant (7 days)', approved, after(7 * DAY), 'open'],
    ['a moment past the window', approved, after(7 * DAY + 1), 'closed'],
    ['a month later', approved, after(30 * DAY), 'closed'],
    ['with no approval date', null, after(0), 'closed'],
    ['with an unreadable approval date', 'soon', after(0), 'closed'],
  ])('%s is %s', (_what, at, now, expected) => expect(followUpWindow(at, now)).toBe(expected));

  it.each([
    [1, after(DAY), 'open'],
    [1, after(DAY + 1), 'closed'],
    [14, after(10 * DAY), 'open'],
  ] as const)('follows the rulebook: %i days, then %s', (days, now, expected) =>
    expect(followUpWindow(approved, now, { followUpDays: days })).toBe(expected),
  );
});

describe('reopens', () => {
  it.each<[FollowUpResult, boolean]>([
    ['satisfied', false],
    ['basic', false],
    ['dissatisfied', true],
  ])('%s reopens the task: %s', (result, expected) => expect(reopens(result)).toBe(expected));
});
