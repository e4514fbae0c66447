import { countsOf } from './WorkflowButton';

describe('the summary of a step on many records', () => {
  it.each([
    [
      { approved: 12, refused: [] },
      { approved: 12, refused: 0 },
    ],
    [
      { approved: 3, refused: ['a', 'b'] },
      { approved: 3, refused: 2 },
    ],
    [
      { approved: 0, refused: ['a'] },
      { approved: 0, refused: 1 },
    ],
    [{ id: 'x', status: 'approved' }, null],
    [{ approved: '3', refused: [] }, null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (result, counts) => {
    expect(countsOf(result)).toEqual(counts);
  });
});
