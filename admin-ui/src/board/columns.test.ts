import { byStatus, columnsFor } from './columns';

describe('board columns', () => {
  it('give claimants the posted board and their claims, and the desk every state', () => {
    expect(columnsFor('member')).toEqual(['listed', 'claimed', 'submitted', 'rejected', 'approved']);
    expect(columnsFor('unit')).toEqual(columnsFor('member'));
    expect(columnsFor('staff')).toContain('collected');
    expect(columnsFor('supervisor')).toHaveLength(8);
  });

  it('put each task in the column of its status and drop states the viewer has no column for', () => {
    const tasks = [
      { id: 'a', status: 'listed' },
      { id: 'b', status: 'submitted' },
      { id: 'c', status: 'listed' },
      { id: 'd', status: 'withdrawn' },
    ];
    const columns = byStatus(tasks, columnsFor('member'));
    expect(columns.get('listed')?.map((t) => t.id)).toEqual(['a', 'c']);
    expect(columns.get('submitted')?.map((t) => t.id)).toEqual(['b']);
    expect(columns.get('claimed')).toEqual([]);
    expect([...columns.values()].flat()).toHaveLength(3);
  });
});
