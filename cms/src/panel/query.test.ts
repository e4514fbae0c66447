import { PanelError } from './errors';
import type { FieldIssue, Params } from './messages';
import { toResource, type RawAttribute } from './model';
import { MAX_ROWS, parseFilter, parseJsonParam, parseList, parseRange, parseSort, type Where } from './query';

const relation = (
  target: string,
  relation = 'manyToOne',
  more: Partial<RawAttribute> = {},
): RawAttribute => ({
  type: 'relation',
  relation,
  target,
  ...more,
});

const workers = toResource({
  uid: 'api::worker.worker',
  kind: 'collectionType',
  info: { singularName: 'worker', pluralName: 'workers', displayName: '社区工作者' },
  attributes: {
    name: { type: 'string' },
    notes: { type: 'text' },
    idNumber: { type: 'string', pluginOptions: { panel: { mask: 'idNumber' } } },
    phone: { type: 'string', pluginOptions: { panel: { mask: 'phone' } } },
    secret: { type: 'string', pluginOptions: { panel: { writeOnly: true } } },
    postTier: { type: 'integer' },
    hoursPerWeek: { type: 'decimal' },
    isReserve: { type: 'boolean' },
    hireDate: { type: 'date' },
    trialEndsAt: { type: 'datetime' },
    status: { type: 'enumeration', enum: ['active', 'left'] },
    extra: { type: 'json' },
    photo: { type: 'media' },
    community: relation('api::community.community'),
    mentor: relation('api::worker.worker', 'manyToOne', { inversedBy: 'mentees' }),
    mentees: relation('api::worker.worker', 'oneToMany', { mappedBy: 'mentor' }),
    trainings: relation('api::training.training', 'manyToMany'),
  },
});

const ledger = toResource({
  uid: 'api::points-entry.points-entry',
  kind: 'collectionType',
  info: { singularName: 'points-entry', pluralName: 'points-entries', displayName: '积分' },
  attributes: { points: { type: 'integer' } },
});

const mainFieldOf = (uid: string) => (uid === 'api::community.community' ? 'name' : 'title');
const json = (v: unknown) => JSON.stringify(v);

function refusal(run: () => unknown): { status: number; code: string; params: Params } {
  try {
    run();
  } catch (e) {
    if (e instanceof PanelError) return { status: e.status, code: e.code, params: e.params };
    throw e;
  }
  throw new Error('accepted');
}

const about = (field: string) => ({ field, resource: { resource: 'workers' } });

describe('parseJsonParam', () => {
  it.each<[unknown, unknown]>([
    [undefined, undefined],
    ['', undefined],
    ['["name","ASC"]', ['name', 'ASC']],
    ['{"q":"张"}', { q: '张' }],
    ['null', null],
    ['3', 3],
  ])('reads %p as %p', (raw, parsed) => expect(parseJsonParam('sort', raw)).toEqual(parsed));

  it.each<[string, unknown]>([
    ['text that is not JSON', '[name,ASC]'],
    ['cut-off JSON', '{"q":"张"'],
    ['a repeated query parameter (a list)', ['a', 'b']],
    ['a bracketed query parameter (an object)', { q: '张' }],
  ])('refuses %s, naming the parameter', (_what, raw) =>
    expect(refusal(() => parseJsonParam('filter', raw))).toEqual({
      status: 400,
      code: 'bad_json_param',
      params: { param: 'filter' },
    }),
  );
});

describe('parseSort', () => {
  const sort = (v: unknown) => parseSort(workers, json(v), mainFieldOf);

  it('orders by id when no sort is given', () =>
    expect(parseSort(workers, undefined, mainFieldOf)).toEqual([{ id: 'asc' }]));

  it.each<[unknown, Where[]]>([
    [
      ['name', 'ASC'],
      [{ name: 'asc' }, { id: 'asc' }],
    ],
    [
      ['name', 'desc'],
      [{ name: 'desc' }, { id: 'asc' }],
    ],
    [
      ['postTier', 'Desc'],
      [{ postTier: 'desc' }, { id: 'asc' }],
    ],
    [
      ['hireDate', 'ASC'],
      [{ hireDate: 'asc' }, { id: 'asc' }],
    ],
    [
      ['status', 'ASC'],
      [{ status: 'asc' }, { id: 'asc' }],
    ],
    [['id', 'DESC'], [{ id: 'desc' }]],
    [
      ['createdAt', 'DESC'],
      [{ createdAt: 'desc' }, { id: 'asc' }],
    ],
    [
      ['updatedAt', 'ASC'],
      [{ updatedAt: 'asc' }, { id: 'asc' }],
    ],
  ])('sorts by %j, then by id so pages never overlap', (raw, orderBy) => expect(sort(raw)).toEqual(orderBy));

  it.each<[string, unknown, Where]>([
    ['the community', ['community', 'ASC'], { community: { name: 'asc' } }],
    ['the mentor', ['mentor', 'DESC'], { mentor: { title: 'desc' } }],
  ])("sorts by %s through the target's main field", (_what, raw, order) =>
    expect(sort(raw)).toEqual([order, { id: 'asc' }]),
  );

  it.each<[string, unknown]>([
    ['a bare field name', 'name'],
    ['a field without direction', ['name']],
    ['an unknown direction', ['name', 'UP']],
    ['a field that is not text', [1, 'ASC']],
    ['three items', ['name', 'ASC', 'id']],
    ['an object', { field: 'name', order: 'ASC' }],
  ])('refuses %s', (_what, raw) =>
    expect(refusal(() => sort(raw))).toEqual({ status: 400, code: 'bad_sort', params: {} }),
  );

  it.each<[string, string]>([
    ['an unknown field', 'age'],
    ['a json field', 'extra'],
    ['a media field', 'photo'],
    ['a to-many relation', 'trainings'],
    ['an inverse to-many relation', 'mentees'],
  ])('refuses to sort by %s, naming it and the resource', (_what, name) =>
    expect(refusal(() => sort([name, 'ASC']))).toEqual({
      status: 400,
      code: 'unknown_sort_field',
      params: about(name),
    }),
  );

  it.each(['idNumber', 'phone', 'secret'])('refuses to sort by the personal field %p', (name) =>
    expect(refusal(() => sort([name, 'ASC']))).toEqual({
      status: 400,
      code: 'private_field',
      params: { field: { resource: 'workers', field: name } },
    }),
  );

  it('refuses bad JSON as a bad sort parameter', () =>
    expect(refusal(() => parseSort(workers, '["name",', mainFieldOf))).toMatchObject({
      code: 'bad_json_param',
      params: { param: 'sort' },
    }));
});

describe('parseRange', () => {
  it('gives the first 25 rows when no range is given', () =>
    expect(parseRange(undefined)).toEqual({ offset: 0, limit: 25 }));

  it.each<[number[], { offset: number; limit: number }]>([
    [[0, 24], { offset: 0, limit: 25 }],
    [[0, 0], { offset: 0, limit: 1 }],
    [[25, 49], { offset: 25, limit: 25 }],
    [[0, MAX_ROWS - 1], { offset: 0, limit: MAX_ROWS }],
    [[5000, 5000 + MAX_ROWS - 1], { offset: 5000, limit: MAX_ROWS }],
  ])('reads %j as %j', (range, expected) => expect(parseRange(json(range))).toEqual(expected));

  it.each<[string, unknown]>([
    [`${MAX_ROWS + 1} rows`, [0, MAX_ROWS]],
    ['a negative start', [-1, 5]],
    ['an end before the start', [5, 4]],
    ['fractions', [0.5, 3]],
    ['numbers as text', ['0', '24']],
    ['one number', [0]],
    ['three numbers', [0, 1, 2]],
    ['an object', { start: 0, end: 24 }],
    ['a number', 24],
    ['null', null],
  ])('refuses %s, saying how many rows a page may hold', (_what, range) =>
    expect(refusal(() => parseRange(json(range)))).toEqual({
      status: 400,
      code: 'bad_range',
      params: { max: MAX_ROWS },
    }),
  );

  it('refuses a range that is not JSON', () =>
    expect(refusal(() => parseRange('0-24'))).toMatchObject({ code: 'bad_json_param' }));
});

describe('parseFilter', () => {
  const filter = (f: unknown) => parseFilter(workers, json(f));
  const one = (condition: Where) => ({ $and: [condition] });

  it.each<[string, unknown]>([
    ['no filter', undefined],
    ['an empty parameter', ''],
  ])('has no conditions for %s', (_what, raw) => expect(parseFilter(workers, raw)).toEqual({}));

  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['an empty search', { q: '' }],
    ['a null search', { q: null }],
  ])('has no conditions for %s', (_what, f) => expect(filter(f)).toEqual({}));

  it.each<[string, unknown]>([
    ['a list', ['name']],
    ['text', 'name'],
    ['null', null],
    ['a number', 3],
  ])('refuses a filter that is %s', (_what, f) =>
    expect(refusal(() => filter(f))).toEqual({ status: 400, code: 'bad_filter', params: {} }),
  );

  describe('q', () => {
    it('searches every plain text field, never masked or write-only ones', () =>
      expect(filter({ q: '张' })).toEqual(
        one({ $or: [{ name: { $containsi: '张' } }, { notes: { $containsi: '张' } }] }),
      ));

    it('matches nothing on a resource with no text to search', () =>
      expect(parseFilter(ledger, json({ q: '张' }))).toEqual(one({ id: { $null: true } })));

    it.each<[unknown]>([[3], [['张']], [{ name: '张' }]])('refuses %j as a search', (q) =>
      expect(refusal(() => filter({ q }))).toEqual({
        status: 400,
        code: 'bad_filter_value',
        params: { field: 'q', reason: { code: 'type_string' } },
      }),
    );
  });

  describe('id', () => {
    it.each<[unknown, Where]>([
      [{ id: 'a1' }, { documentId: { $eq: 'a1' } }],
      [{ id: ['a1', 'b2'] }, { documentId: { $in: ['a1', 'b2'] } }],
      [{ id: [] }, { documentId: { $in: [] } }],
      [{ id_ne: 'a1' }, { documentId: { $ne: 'a1' } }],
      [{ id_ne: ['a1', 'b2'] }, { documentId: { $notIn: ['a1', 'b2'] } }],
      [{ id: null }, { id: { $null: true } }],
      [{ id_ne: null }, { id: { $null: false } }],
    ])('reads %j as documentIds', (f, condition) => expect(filter(f)).toEqual(one(condition)));

    it.each<[unknown]>([
      [{ id: 7 }],
      [{ id: '' }],
      [{ id: ['a1', 2] }],
      [{ id: { $ne: 'a1' } }],
      [{ id_gte: 'a1' }],
      [{ id_contains: 'a' }],
    ])('refuses %j', (f) => {
      const key = Object.keys(f as object)[0];
      expect(refusal(() => filter(f))).toEqual({
        status: 400,
        code: 'bad_filter_value',
        params: { field: key, reason: { code: 'relation_type' } },
      });
    });
  });

  describe('fields', () => {
    it.each<[string, unknown, Where]>([
      ['equals text', { name: '张三' }, { name: { $eq: '张三' } }],
      ['is one of', { status: ['active', 'left'] }, { status: { $in: ['active', 'left'] } }],
      ['is none of', { status_ne: ['left'] }, { status: { $notIn: ['left'] } }],
      ['is empty', { hireDate: null }, { hireDate: { $null: true } }],
      ['is not empty', { hireDate_ne: null }, { hireDate: { $null: false } }],
      ['is at least', { postTier_gte: 2 }, { postTier: { $gte: 2 } }],
      ['is at most', { postTier_lte: 3 }, { postTier: { $lte: 3 } }],
      ['is more than', { hoursPerWeek_gt: 2.5 }, { hoursPerWeek: { $gt: 2.5 } }],
      ['is less than', { hireDate_lt: '2026-01-01' }, { hireDate: { $lt: '2026-01-01' } }],
      ['differs', { status_ne: 'left' }, { status: { $ne: 'left' } }],
      ['contains, ignoring case', { name_contains: 'Zh' }, { name: { $containsi: 'Zh' } }],
      ['contains a number, read as text', { postTier_contains: 1 }, { postTier: { $containsi: '1' } }],
      ['reads numbers from text', { postTier: '2' }, { postTier: { $eq: 2 } }],
      ['reads booleans from text', { isReserve: 'true' }, { isReserve: { $eq: true } }],
      ['reads a list of numbers from text', { postTier: ['1', 2] }, { postTier: { $in: [1, 2] } }],
      [
        'takes a datetime to UTC',
        { trialEndsAt_gte: '2026-03-01T08:00:00+08:00' },
        { trialEndsAt: { $gte: '2026-03-01T00:00:00.000Z' } },
      ],
      [
        'filters by creation time',
        { createdAt_gte: '2026-01-01' },
        { createdAt: { $gte: '2026-01-01T00:00:00.000Z' } },
      ],
      [
        'filters by update time',
        { updatedAt_lt: '2026-01-01T00:00:00Z' },
        { updatedAt: { $lt: '2026-01-01T00:00:00.000Z' } },
      ],
    ])('%s', (_what, f, condition) => expect(filter(f)).toEqual(one(condition)));

    it('joins several conditions with and', () =>
      expect(filter({ q: '张', status: 'active', postTier_gte: 2 })).toEqual({
        $and: [
          { $or: [{ name: { $containsi: '张' } }, { notes: { $containsi: '张' } }] },
          { status: { $eq: 'active' } },
          { postTier: { $gte: 2 } },
        ],
      }));

    it.each<[string, unknown, string, FieldIssue]>([
      ['a word for a number', { postTier: 'two' }, 'postTier', { code: 'type_integer' }],
      ['a fraction for an integer', { postTier_gte: 1.5 }, 'postTier_gte', { code: 'type_integer' }],
      [
        'an unknown choice',
        { status: 'retired' },
        'status',
        { code: 'enum', params: { choices: 'active, left' } },
      ],
      [
        'an unknown choice in a list',
        { status: ['active', 'retired'] },
        'status',
        { code: 'enum', params: { choices: 'active, left' } },
      ],
      ['a day that does not exist', { hireDate_gte: '2026-02-29' }, 'hireDate_gte', { code: 'type_date' }],
      ['a yes/no that is neither', { isReserve: 'yes' }, 'isReserve', { code: 'type_boolean' }],
      ['an object for text', { name: { $ne: 'x' } }, 'name', { code: 'type_string' }],
      ['a list with a range operator', { postTier_gte: [1, 2] }, 'postTier_gte', { code: 'type_string' }],
      ['a list to search for', { name_contains: ['a'] }, 'name_contains', { code: 'type_string' }],
      ['a bad creation time', { createdAt_gte: 'yesterday' }, 'createdAt_gte', { code: 'type_datetime' }],
    ])('refuses %s, naming the filter and the reason', (_what, f, key, reason) =>
      expect(refusal(() => filter(f))).toEqual({
        status: 400,
        code: 'bad_filter_value',
        params: { field: key, reason },
      }),
    );
  });

  describe('relations', () => {
    it.each<[unknown, Where]>([
      [{ community: 'c1' }, { community: { documentId: { $eq: 'c1' } } }],
      [{ community: ['c1', 'c2'] }, { community: { documentId: { $in: ['c1', 'c2'] } } }],
      [{ community_ne: 'c1' }, { community: { documentId: { $ne: 'c1' } } }],
      [{ community: null }, { community: { id: { $null: true } } }],
      [{ community_ne: null }, { community: { id: { $null: false } } }],
      [{ trainings: 't1' }, { trainings: { documentId: { $eq: 't1' } } }],
      [{ mentees: ['w1'] }, { mentees: { documentId: { $in: ['w1'] } } }],
    ])('reads %j as ids of the related records', (f, condition) => expect(filter(f)).toEqual(one(condition)));

    it.each<[unknown]>([
      [{ community: 5 }],
      [{ community: { name: '幸福' } }],
      [{ community_gte: 'c1' }],
      [{ trainings_contains: 't' }],
    ])('refuses %j', (f) =>
      expect(refusal(() => filter(f))).toMatchObject({
        status: 400,
        code: 'bad_filter_value',
        params: { reason: { code: 'relation_type' } },
      }),
    );
  });

  it.each<[string, string]>([
    ['an unknown field', 'age'],
    ['an unknown field with an operator', 'age_gte'],
    ['an unknown operator', 'postTier_between'],
    ['a json field', 'extra'],
    ['a json field with an operator', 'extra_ne'],
    ['a media field', 'photo'],
    ['a Strapi operator', '$or'],
    ['documentId (the panel calls it id)', 'documentId'],
  ])('refuses %s, naming it and the resource', (_what, key) =>
    expect(refusal(() => filter({ [key]: 'x' }))).toEqual({
      status: 400,
      code: 'unknown_filter_field',
      params: about(key),
    }),
  );

  it.each<[string, string]>([
    ['an ID number', 'idNumber'],
    ['part of an ID number', 'idNumber_contains'],
    ['a range of phones', 'phone_gte'],
    ['a write-only field', 'secret'],
  ])('refuses to filter by %s, which would reveal masked data', (_what, key) =>
    expect(refusal(() => filter({ [key]: '1' }))).toEqual({
      status: 400,
      code: 'private_field',
      params: { field: { resource: 'workers', field: key.replace(/_\w+$/, '') } },
    }),
  );
});

describe('parseList', () => {
  it('puts filter, sort and range together', () =>
    expect(
      parseList(
        workers,
        { filter: json({ status: 'active' }), sort: json(['community', 'ASC']), range: json([10, 19]) },
        mainFieldOf,
      ),
    ).toEqual({
      where: { $and: [{ status: { $eq: 'active' } }] },
      orderBy: [{ community: { name: 'asc' } }, { id: 'asc' }],
      offset: 10,
      limit: 10,
    }));

  it('has defaults for a bare list call', () =>
    expect(parseList(workers, {}, mainFieldOf)).toEqual({
      where: {},
      orderBy: [{ id: 'asc' }],
      offset: 0,
      limit: 25,
    }));
});

describe('prototype keys are not fields', () => {
  const PROTO = ['__proto__', 'constructor', 'prototype', 'valueOf', 'toString', 'hasOwnProperty'];

  it.each(PROTO)('refuses to sort by %s, naming it', (name) =>
    expect(refusal(() => parseSort(workers, json([name, 'ASC']), mainFieldOf))).toEqual({
      status: 400,
      code: 'unknown_sort_field',
      params: about(name),
    }),
  );

  it.each(PROTO.flatMap((k) => [k, `${k}_gte`]))('refuses to filter by %s, naming it', (key) =>
    expect(refusal(() => parseFilter(workers, `{"${key}":1}`))).toEqual({
      status: 400,
      code: 'unknown_filter_field',
      params: about(key),
    }),
  );
});

describe('a NUL byte, which PostgreSQL cannot store, is a bad filter value', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ q: 'a\u0000' }, 'q'],
    [{ name: 'a\u0000' }, 'name'],
    [{ name_contains: 'a\u0000' }, 'name_contains'],
    [{ id: 'a\u0000' }, 'id'],
  ])('%j', (filter, field) =>
    expect(refusal(() => parseFilter(workers, json(filter)))).toMatchObject({
      status: 400,
      code: 'bad_filter_value',
      params: { field },
    }),
  );
});
