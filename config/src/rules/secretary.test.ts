import { becomesSecretary, isCurrentSecretary, type Post } from './secretary';

const secretary: Post = { position: 'secretary', status: 'active', community: 'c1' };

describe('isCurrentSecretary', () => {
  it.each<[string, Partial<Post>, boolean]>([
    ['an active secretary', {}, true],
    ['a new record without a status (active by default)', { status: null }, true],
    ['a secretary on secondment', { status: 'seconded' }, true],
    ['a secretary on trial', { status: 'trial' }, true],
    ['a secretary who left', { status: 'left' }, false],
    ['a dismissed secretary', { status: 'dismissed' }, false],
    ['a director', { position: 'director' }, false],
    ['a secretary of no community', { community: null }, false],
  ])('%s: %p', (_what, p, current) => expect(isCurrentSecretary({ ...secretary, ...p })).toBe(current));
});

describe('becomesSecretary', () => {
  it.each<[string, Post | null, Partial<Post>, boolean]>([
    ['a new secretary', null, {}, true],
    ['a new worker', null, { position: 'worker' }, false],
    ['a deputy promoted', { ...secretary, position: 'deputy' }, {}, true],
    ['a secretary moved to another community', secretary, { community: 'c2' }, true],
    ['a former secretary taken back on', { ...secretary, status: 'left' }, {}, true],
    ['a secretary back from secondment', { ...secretary, status: 'seconded' }, {}, false],
    ['a secretary whose phone changed', secretary, {}, false],
    ['a secretary leaving', secretary, { status: 'left' }, false],
  ])('%s: %p', (_what, before, after, check) =>
    expect(becomesSecretary(before, { ...secretary, ...after })).toBe(check),
  );
});
