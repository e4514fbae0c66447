import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toResource, type RawAttribute, type RawContentType, type Resource } from './model';
import type { Where } from './query';
import { COMMUNITY, TOWN, ownWhere, scopePathOf, scopeWhere, type Reach, type ScopePath } from './scope';
import type { Viewer } from './viewer';

const uid = (name: string) => `api::${name}.${name}`;
const to = (name: string, relation = 'manyToOne', more: Partial<RawAttribute> = {}): RawAttribute => ({
  type: 'relation',
  relation,
  target: uid(name),
  ...more,
});
const resource = (name: string, attributes: Record<string, RawAttribute>): Resource =>
  toResource({
    uid: uid(name),
    kind: 'collectionType',
    info: { singularName: name, pluralName: `${name}s`, displayName: name },
    attributes: { title: { type: 'string' }, ...attributes },
  });

const set = [
  resource('town', { communities: to('community', 'oneToMany', { mappedBy: 'town' }) }),
  resource('community', { town: to('town', 'manyToOne', { inversedBy: 'communities' }) }),
  resource('worker', { community: to('community', 'manyToOne', { required: true }), mentor: to('worker') }),
  resource('compound', { community: to('community') }),
  resource('partner-unit', { communities: to('community', 'manyToMany') }),
  resource('trial-post', { worker: to('worker', 'manyToOne', { required: true }) }),
  resource('enrollment', { program: to('program'), worker: to('worker', 'manyToOne', { required: true }) }),
  resource('program', { courses: to('course', 'oneToMany') }),
  resource('course', {}),
  resource('branch', { program: to('program'), compound: to('compound') }),
  resource('honour', { awardeeUnit: to('partner-unit') }),
  resource('training', { attendees: to('worker', 'manyToMany') }),
  resource('review', { trialPost: to('trial-post', 'manyToOne', { required: true }) }),
  resource('reserve-list', { communities: to('community', 'oneToMany', { mappedBy: 'reserveList' }) }),
  resource('transfer', {
    fromCommunity: to('community'),
    toCommunity: to('community', 'manyToOne', { required: true }),
  }),
  resource('campaign', {
    communities: to('community', 'manyToMany', { required: true }),
    lead: to('community'),
  }),
  resource('mentorship', { mentor: to('mentorship'), compound: to('compound') }),
];
const byUid = new Map(set.map((r) => [r.uid, r]));
const pathOf = (name: string) => scopePathOf(byUid.get(uid(name)) as Resource, byUid);

describe('scopePathOf', () => {
  it.each<[string, string, ScopePath]>([
    ['community', 'a community is its own scope', { kind: 'community' }],
    ['town', 'a town is a scope of its own', { kind: 'town' }],
    ['worker', 'a direct link to a community', { kind: 'path', path: ['community'] }],
    ['compound', 'an optional direct link', { kind: 'path', path: ['community'] }],
    ['partner-unit', 'a to-many link to communities', { kind: 'path', path: ['communities'] }],
    ['trial-post', 'one hop through a worker', { kind: 'path', path: ['worker', 'community'] }],
    [
      'enrollment',
      'the hop that leads to a community, past one that does not',
      { kind: 'path', path: ['worker', 'community'] },
    ],
    ['branch', 'a later hop when the first leads nowhere', { kind: 'path', path: ['compound', 'community'] }],
    [
      'honour',
      'one hop to a record linked to many communities',
      { kind: 'path', path: ['awardeeUnit', 'communities'] },
    ],
    ['transfer', 'the required one of two links', { kind: 'path', path: ['toCommunity'] }],
    ['campaign', 'a to-one link before a to-many one', { kind: 'path', path: ['lead'] }],
    [
      'mentorship',
      'a hop to another record, never to its own kind',
      { kind: 'path', path: ['compound', 'community'] },
    ],
    ['course', 'district-wide with no link at all', { kind: 'district' }],
    ['program', 'district-wide when its links hold many', { kind: 'district' }],
    ['training', 'district-wide when the only hop holds many', { kind: 'district' }],
    ['review', 'district-wide when the community is two hops away', { kind: 'district' }],
    ['reserve-list', 'district-wide when only the other side holds the link', { kind: 'district' }],
  ])('%s: %s', (name, _what, path) => expect(pathOf(name)).toEqual(path));

  it('knows the community and town content types by uid', () => {
    expect(COMMUNITY).toBe(uid('community'));
    expect(TOWN).toBe(uid('town'));
  });
});

describe('scopeWhere', () => {
  const reach: Reach = { communityIds: ['c1', 'c2'], townIds: ['t1'] };
  it.each<[string, ScopePath, Where | null]>([
    ['communities by their own id', { kind: 'community' }, { documentId: { $in: ['c1', 'c2'] } }],
    ['towns by their own id', { kind: 'town' }, { documentId: { $in: ['t1'] } }],
    [
      'a record through its community',
      { kind: 'path', path: ['community'] },
      { community: { documentId: { $in: ['c1', 'c2'] } } },
    ],
    [
      'a record through one hop',
      { kind: 'path', path: ['worker', 'community'] },
      { worker: { community: { documentId: { $in: ['c1', 'c2'] } } } },
    ],
    ['nothing for a district-wide record', { kind: 'district' }, null],
  ])('keeps %s', (_what, path, where) => expect(scopeWhere(path, reach)).toEqual(where));

  it('reaches nothing when the account reaches no community', () =>
    expect(scopeWhere({ kind: 'path', path: ['community'] }, { communityIds: [], townIds: [] })).toEqual({
      community: { documentId: { $in: [] } },
    }));
});

describe('ownWhere', () => {
  const viewer = (
    role: Viewer['role'],
    memberId: string | null = null,
    unitId: string | null = null,
  ): Viewer => ({
    id: 1,
    username: 'u',
    role,
    roleId: 1,
    scope: { level: 'district' },
    memberId,
    unitId,
    permissions: new Set(),
  });
  const member = viewer('member', 'm1');
  const unit = viewer('unit', null, 'u1');
  const accounts = { member, unit };
  const published = { status: { $in: ['published', 'final'] } };

  it.each<[string, keyof typeof accounts, Where]>([
    ['party-members', 'member', { documentId: 'm1' }],
    ['party-members', 'unit', { partnerUnit: { documentId: 'u1' } }],
    ['partner-units', 'unit', { documentId: 'u1' }],
    ['points-entries', 'member', { holderMember: { documentId: 'm1' } }],
    ['points-entries', 'unit', { holderUnit: { documentId: 'u1' } }],
    ['objections', 'member', { holderMember: { documentId: 'm1' } }],
    ['objections', 'unit', { holderUnit: { documentId: 'u1' } }],
    ['commendations', 'member', { recipientMember: { documentId: 'm1' } }],
    ['commendations', 'unit', { recipientUnit: { documentId: 'u1' } }],
    ['tasks', 'member', { $or: [{ board: { status: 'open' } }, { claimantMember: { documentId: 'm1' } }] }],
    ['tasks', 'unit', { $or: [{ board: { status: 'open' } }, { claimantUnit: { documentId: 'u1' } }] }],
    ['score-publications', 'member', published],
    ['score-publications', 'unit', published],
  ])('limits %s for a %s to its own rows', (name, role, where) =>
    expect(ownWhere(name, accounts[role])).toEqual(where),
  );

  it.each<[string, keyof typeof accounts]>([
    ['partner-units', 'member'],
    ['communities', 'member'],
    ['boards', 'unit'],
    ['workers', 'unit'],
  ])('leaves %s open to a %s (its permissions decide)', (name, role) =>
    expect(ownWhere(name, accounts[role])).toBeNull(),
  );

  it.each<[Viewer['role']]>([['staff'], ['supervisor'], ['publicity'], [null]])(
    'leaves every row open to %p',
    (role) => {
      for (const name of [
        'party-members',
        'points-entries',
        'objections',
        'commendations',
        'tasks',
        'score-publications',
      ]) {
        expect(ownWhere(name, viewer(role, 'm1', 'u1'))).toBeNull();
      }
    },
  );

  it.each<[Viewer['role']]>([['member'], ['unit']])(
    'shows a %s account linked to no one nothing of its own',
    (role) => {
      const v = viewer(role);
      expect(ownWhere('points-entries', v)).toEqual(
        v.role === 'member' ? { holderMember: { documentId: '' } } : { holderUnit: { documentId: '' } },
      );
      expect(ownWhere('party-members', v)).toEqual(
        v.role === 'member' ? { documentId: '' } : { partnerUnit: { documentId: '' } },
      );
    },
  );

  describe('names fields and values the content types have', () => {
    const api = join(__dirname, '..', 'api');
    const schemas = new Map(
      readdirSync(api).map((name) => {
        const ct = JSON.parse(
          readFileSync(join(api, name, 'content-types', name, 'schema.json'), 'utf8'),
        ) as RawContentType;
        return [ct.info.pluralName, ct];
      }),
    );
    const keysOf = (where: unknown): string[] =>
      where && typeof where === 'object'
        ? Object.entries(where).flatMap(([k, v]) => (k.startsWith('$') || /^\d+$/.test(k) ? keysOf(v) : [k]))
        : [];

    it.each([
      'party-members',
      'partner-units',
      'points-entries',
      'objections',
      'commendations',
      'tasks',
      'score-publications',
    ])('for %s', (name) => {
      const attributes = schemas.get(name)?.attributes ?? {};
      for (const v of [member, unit]) {
        for (const key of keysOf(ownWhere(name, v)))
          expect(key === 'documentId' || key in attributes).toBe(true);
      }
    });

    it.each<[string, string, string[]]>([
      ['tasks', 'status', ['listed']],
      ['tasks', 'tier', ['small', 'big']],
      ['score-publications', 'status', ['published', 'final']],
    ])('%s.%s has the values it filters on', (name, field, values) =>
      expect(schemas.get(name)?.attributes[field]?.enum).toEqual(expect.arrayContaining(values)),
    );
  });
});
