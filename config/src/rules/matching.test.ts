import { matchOf, needsOf, rankMatches, suits, type Candidate, type MatchTask } from './matching';

const task: MatchTask = { specialties: ['medical', 'eldercare'], community: 'c1', compound: 'k1' };
const person = (over: Partial<Candidate> = {}): Candidate => ({
  specialties: [],
  communities: ['c9'],
  compound: null,
  openClaims: 0,
  quarterClaims: 1,
  quarterPoints: 4,
  ...over,
});

describe('matchOf: the score and its reasons', () => {
  it.each<[string, Partial<Candidate>, number, string[]]>([
    ['nothing in common', {}, 0, []],
    ['one specialty', { specialties: ['medical'] }, 3, ['specialty:medical']],
    [
      'both specialties',
      { specialties: ['eldercare', 'medical', 'it'] },
      6,
      ['specialty:medical', 'specialty:eldercare'],
    ],
    ['the same compound', { compound: 'k1', communities: ['c1'] }, 2, ['compound']],
    ['the same community only', { compound: 'k2', communities: ['c1'] }, 1, ['community']],
    ['a unit paired with the community', { communities: ['c3', 'c1'] }, 1, ['community']],
    [
      'a specialty and the compound',
      { specialties: ['medical'], compound: 'k1', communities: ['c1'] },
      5,
      ['specialty:medical', 'compound'],
    ],
    ['no claim this quarter', { quarterClaims: 0, quarterPoints: 0 }, 0, ['fresh']],
    ['two claims in hand', { openClaims: 2 }, 0, ['open:2']],
  ])('%s scores %i', (_what, over, score, reasons) => {
    const m = matchOf(task, person(over));
    expect(m.score).toBe(score);
    expect(
      m.reasons.map((r) =>
        [r.code, 'specialty' in r ? r.specialty : 'count' in r ? r.count : null]
          .filter((x) => x !== null)
          .join(':'),
      ),
    ).toEqual(reasons);
  });

  it('a specialty weighs more than the place', () => {
    const specialist = matchOf(task, person({ specialties: ['medical'] }));
    const neighbour = matchOf(task, person({ compound: 'k1', communities: ['c1'] }));
    expect(specialist.score).toBeGreaterThan(neighbour.score);
  });

  it('a task with no compound matches by community', () =>
    expect(matchOf({ ...task, compound: null }, person({ communities: ['c1'] })).reasons).toEqual([
      { code: 'community' },
    ]));
});

describe('rankMatches: best first, the work spread among equals', () => {
  const ranked = (people: [string, Partial<Candidate>][]) =>
    rankMatches(
      people.map(([name, over]) => {
        const candidate = person(over);
        return { name, candidate, match: matchOf(task, candidate) };
      }),
    ).map((x) => x.name);

  it.each<[string, [string, Partial<Candidate>][], string[]]>([
    [
      'by score',
      [
        ['a', {}],
        ['b', { specialties: ['medical'] }],
      ],
      ['b', 'a'],
    ],
    [
      'then fewer open claims',
      [
        ['busy', { openClaims: 2 }],
        ['free', { openClaims: 0 }],
      ],
      ['free', 'busy'],
    ],
    [
      'then fewer points this quarter',
      [
        ['rich', { quarterPoints: 20 }],
        ['poor', { quarterPoints: 2 }],
      ],
      ['poor', 'rich'],
    ],
    [
      'then as given',
      [
        ['first', {}],
        ['second', {}],
      ],
      ['first', 'second'],
    ],
  ])('%s', (_what, people, order) => expect(ranked(people)).toEqual(order));
});

describe('suits: 适合我', () => {
  it.each<[string, Partial<Candidate>, boolean]>([
    ['a needed specialty', { specialties: ['eldercare'] }, true],
    ['the same compound', { compound: 'k1' }, true],
    ['neither', { specialties: ['it'], compound: 'k2' }, false],
  ])('%s: %s', (_what, over, yes) => expect(suits(task, person(over))).toBe(yes));
});

describe('needsOf: a new task’s default needs', () => {
  it.each([
    ['health', ['medical']],
    ['elderly', ['eldercare', 'medical']],
    ['other', []],
    [null, []],
  ])('%s → %j', (category, needs) => expect(needsOf(category)).toEqual(needs));
});
