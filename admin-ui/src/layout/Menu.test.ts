import { groupResources } from './Menu';

describe('menu groups', () => {
  it("follow the document's programmes, whatever order resources come in, with unknown groups last", () => {
    const groups = groupResources({
      'audit-entries': 'system',
      tasks: 'board',
      workers: 'organisation',
      gizmos: undefined,
      trainings: 'training',
      stories: 'incentives',
      communities: 'organisation',
    });
    expect(groups).toEqual([
      ['organisation', ['workers', 'communities']],
      ['training', ['trainings']],
      ['incentives', ['stories']],
      ['board', ['tasks']],
      ['system', ['audit-entries']],
      ['other', ['gizmos']],
    ]);
  });
});
