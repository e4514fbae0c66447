import { byStatus, columnsFor, listOf, shownIn, suitingFirst, suitingTasks } from './columns';

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

describe('finished columns', () => {
  const tasks = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}`, status: 'approved' }));

  it.each([
    ['approved', 3, 3, 0],
    ['approved', 5, 5, 0],
    ['approved', 12, 5, 7],
    ['withdrawn', 9, 5, 4],
    ['listed', 12, 12, 0],
    ['claimed', 40, 40, 0],
  ] as const)('%s with %i tasks shows %i and links to %i more', (status, n, shown, more) => {
    const out = shownIn(status, tasks(n));
    expect(out.shown).toHaveLength(shown);
    expect(out.more).toBe(more);
    // The newest first: the order the board's query gave.
    expect(out.shown[0]?.id).toBe('t0');
  });

  it('link to the tasks list filtered to their status', () => {
    expect(decodeURIComponent(listOf('approved'))).toBe('/tasks?filter={"status":"approved"}');
  });
});

describe('适合我: the tasks that suit the member first', () => {
  const member = { id: 'm', specialties: ['medical'], compound: 'k1' };
  const tasks = [
    { id: 'far', status: 'listed', tier: 'small', specialties: ['it'], compound: 'k9' },
    { id: 'skill', status: 'listed', tier: 'small', specialties: ['medical'], compound: 'k9' },
    { id: 'near', status: 'listed', tier: 'small', specialties: [], compound: 'k1' },
    { id: 'big', status: 'listed', tier: 'big', specialties: ['medical'], compound: 'k1' },
    { id: 'taken', status: 'claimed', tier: 'small', specialties: ['medical'], compound: 'k1' },
  ];

  it.each([
    ['a needed specialty', 'skill', true],
    ['the member’s own compound', 'near', true],
    ['neither', 'far', false],
    ['a big task (for units)', 'big', false],
    ['a task already claimed', 'taken', false],
  ])('%s: %s suits is %s', (_what, id, yes) => expect(suitingTasks(tasks, member).has(id)).toBe(yes));

  it('puts them first, each group in the order it came', () =>
    expect(suitingFirst(tasks, suitingTasks(tasks, member)).map((t) => t.id)).toEqual([
      'skill',
      'near',
      'far',
      'big',
      'taken',
    ]));

  it('suits nobody before the member is known', () => expect(suitingTasks(tasks, undefined).size).toBe(0));
});
