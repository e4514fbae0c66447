import { bellCount } from './api';

describe('bellCount', () => {
  it.each([
    [undefined, 0],
    [{ unread: 0, waiting: { reports: 0, objections: 0 } }, 0],
    [{ unread: 3, waiting: { reports: 0, objections: 0 } }, 3],
    [{ unread: 1, waiting: { reports: 4, objections: 2 } }, 7],
  ])('counts %j as %i', (summary, n) => {
    expect(bellCount(summary)).toBe(n);
  });
});
