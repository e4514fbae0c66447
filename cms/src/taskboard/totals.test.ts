import { holderIds } from './totals';

describe('holderIds', () => {
  it.each([
    ['member:abc123', { member_id: 'abc123', unit_id: null }],
    ['unit:xyz789', { member_id: null, unit_id: 'xyz789' }],
    ['member:', { member_id: null, unit_id: null }],
    ['admin:abc', { member_id: null, unit_id: null }],
    ['nocolon', { member_id: null, unit_id: null }],
  ])('reads %s as %j', (key, ids) => {
    expect(holderIds(key)).toEqual(ids);
  });
});
