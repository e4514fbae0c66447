import type { Panel, Role } from '@yanzhen/config';
import { panel as base } from '../schema/fixtures';
import { recordPages } from './RecordPageLinks';

const viewer = (role: Role): Panel => ({
  me: { ...base.me, role },
  schema: {
    ...base.schema,
    resources: ['party-members', 'points-entries'].map((name) => ({ ...base.schema.resources[0], name })),
  },
});

describe("a record's pages", () => {
  it("offer a party member's five showings on party members' records, to those who may read them", () => {
    expect(recordPages(viewer('staff'), 'party-members')).toEqual(['five']);
    expect(recordPages(viewer('staff'), 'points-entries')).toEqual([]);
  });

  it('offer nothing the viewer may not open', () =>
    expect(recordPages(viewer('unit'), 'party-members')).toEqual([]));
});
