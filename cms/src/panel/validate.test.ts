import { PanelError } from './errors';
import type { FieldIssue } from './messages';
import { toResource } from './model';
import { checkBody } from './validate';

const workers = toResource({
  uid: 'api::worker.worker',
  kind: 'collectionType',
  info: { singularName: 'worker', pluralName: 'workers', displayName: '社区工作者' },
  attributes: {
    name: { type: 'string', required: true, maxLength: 4 },
    idNumber: { type: 'string', unique: true, regex: '^\\d{17}[\\dXx]$' },
    postTier: { type: 'integer', required: true, min: 1, max: 4 },
    payLevel: { type: 'integer', required: true, min: 1, max: 8, default: 1 },
    status: { type: 'enumeration', enum: ['active', 'left'], required: true, default: 'active' },
    isReserve: { type: 'boolean', required: true },
    hireDate: { type: 'date' },
    notes: { type: 'text' },
    team: { type: 'string', maxLength: 20, pluginOptions: { panel: { choicesFrom: 'api::team.team' } } },
    points: { type: 'integer', required: true, pluginOptions: { panel: { readOnly: true } } },
    community: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'api::community.community',
      required: true,
    },
    mentor: { type: 'relation', relation: 'manyToOne', target: 'api::worker.worker', inversedBy: 'mentees' },
    mentees: { type: 'relation', relation: 'oneToMany', target: 'api::worker.worker', mappedBy: 'mentor' },
    trainings: { type: 'relation', relation: 'manyToMany', target: 'api::training.training' },
    skills: { type: 'relation', relation: 'manyToMany', target: 'api::skill.skill', required: true },
    photo: { type: 'media' },
    photos: { type: 'media', multiple: true },
  },
});

/** A body that passes on create. */
const valid = { name: '张三', postTier: 4, isReserve: false, community: 'c1', skills: ['s1'] };

describe('checkBody', () => {
  it.each<[string, unknown]>([
    ['a list', [valid]],
    ['null', null],
    ['text', 'name=张三'],
    ['a number', 3],
  ])('refuses a body that is %s', (_what, body) => {
    expect(() => checkBody(workers, body, 'create')).toThrow(PanelError);
    expect(() => checkBody(workers, body, 'update')).toThrow(
      expect.objectContaining({ status: 400, code: 'body_not_object' }),
    );
  });

  it('accepts a whole body and says what the database must confirm', () =>
    expect(
      checkBody(
        workers,
        { ...valid, idNumber: '11010119900307123X', trainings: ['t1', 't2'], photo: 7, team: '一组' },
        'create',
      ),
    ).toEqual({
      data: {
        name: '张三',
        postTier: 4,
        isReserve: false,
        community: 'c1',
        skills: ['s1'],
        idNumber: '11010119900307123X',
        trainings: ['t1', 't2'],
        photo: 7,
        team: '一组',
      },
      issues: {},
      relations: [
        { field: 'community', uid: 'api::community.community', ids: ['c1'] },
        { field: 'skills', uid: 'api::skill.skill', ids: ['s1'] },
        { field: 'trainings', uid: 'api::training.training', ids: ['t1', 't2'] },
      ],
      files: [{ field: 'photo', ids: [7] }],
      unique: [{ field: 'idNumber', value: '11010119900307123X' }],
      named: [{ field: 'team', uid: 'api::team.team', value: '一组' }],
    }));

  it.each<[string, unknown]>([
    ['empty', ''],
    ['null', null],
  ])('asks the database nothing about a listed text left %s', (_what, team) => {
    const checked = checkBody(workers, { ...valid, team }, 'create');
    expect([checked.data.team, checked.named]).toEqual([null, []]);
  });

  it('names every field that is not the resource’s', () =>
    expect(checkBody(workers, { ...valid, salary: 5000, Name: '李四' }, 'update').issues).toEqual({
      salary: { code: 'unknown_field' },
      Name: { code: 'unknown_field' },
    }));

  it.each(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale'])(
    'ignores %p echoed back from a record that was read',
    (key) => {
      const checked = checkBody(workers, { ...valid, [key]: 'anything' }, 'update');
      expect(checked.issues).toEqual({});
      expect(checked.data).not.toHaveProperty(key);
    },
  );

  it.each<[string, Record<string, unknown>]>([
    ['a read-only field', { points: 99 }],
    ['an inverse relation', { mentees: ['w2'] }],
    ['a read-only field with a value of the wrong type', { points: 'many' }],
  ])('ignores %s without complaint', (_what, body) => {
    const checked = checkBody(workers, { ...valid, ...body }, 'create');
    expect(checked.issues).toEqual({});
    expect(Object.keys(checked.data)).not.toContain(Object.keys(body)[0]);
  });

  describe('required fields', () => {
    it('names every missing required field on create, but not those with a default or read-only', () =>
      expect(checkBody(workers, {}, 'create').issues).toEqual({
        name: { code: 'required' },
        postTier: { code: 'required' },
        isReserve: { code: 'required' },
        community: { code: 'required' },
        skills: { code: 'required' },
      }));

    it('lets an update leave required fields out', () =>
      expect(checkBody(workers, { notes: '新' }, 'update').issues).toEqual({}));

    it.each<['create' | 'update', string, unknown]>([
      ['create', 'name', ''],
      ['update', 'name', ''],
      ['update', 'name', null],
      ['update', 'postTier', ''],
      ['update', 'community', ''],
      ['update', 'community', null],
      ['update', 'skills', []],
      ['update', 'skills', null],
      ['create', 'status', null],
      ['create', 'name', undefined],
    ])('on %s refuses to empty %p with %p', (mode, name, raw) =>
      expect(checkBody(workers, { ...valid, [name]: raw }, mode).issues).toEqual({
        [name]: { code: 'required' },
      }),
    );

    it('takes false as a value, not as empty', () =>
      expect(checkBody(workers, valid, 'create').data.isReserve).toBe(false));

    it('takes 0 as a value, not as empty', () =>
      expect(checkBody(workers, { ...valid, postTier: 0 }, 'create').issues).toEqual({
        postTier: { code: 'min', params: { min: 1 } },
      }));
  });

  describe('optional fields', () => {
    it.each<[string, unknown, unknown]>([
      ['hireDate', '', null],
      ['hireDate', null, null],
      ['notes', '', null],
      ['mentor', '', null],
      ['mentor', null, null],
      ['trainings', null, []],
      ['trainings', '', []],
      ['trainings', [], []],
      ['photo', null, null],
      ['photos', '', []],
    ])('clears %p given %p', (name, raw, stored) => {
      const checked = checkBody(workers, { [name]: raw }, 'update');
      expect(checked.issues).toEqual({});
      expect(checked.data).toEqual({ [name]: stored });
    });
  });

  describe('values', () => {
    it.each<[string, Record<string, unknown>, Record<string, FieldIssue>]>([
      [
        'a name too long (five characters)',
        { name: '爱新觉罗氏' },
        { name: { code: 'max_length', params: { max: 4 } } },
      ],
      ['a tier out of range', { postTier: 5 }, { postTier: { code: 'max', params: { max: 4 } } }],
      ['a tier in words', { postTier: '四' }, { postTier: { code: 'type_integer' } }],
      [
        'an unknown status',
        { status: '在岗' },
        { status: { code: 'enum', params: { choices: 'active, left' } } },
      ],
      ['a day that does not exist', { hireDate: '2026-02-29' }, { hireDate: { code: 'type_date' } }],
      ['a malformed ID number', { idNumber: '12345' }, { idNumber: { code: 'regex' } }],
      ['yes for a boolean', { isReserve: 'yes' }, { isReserve: { code: 'type_boolean' } }],
    ])('refuses %s', (_what, body, issues) =>
      expect(checkBody(workers, { ...valid, ...body }, 'create').issues).toEqual(issues),
    );

    it('reports every problem at once', () =>
      expect(
        Object.keys(
          checkBody(workers, { name: '', postTier: 9, status: 'x', salary: 1 }, 'create').issues,
        ).sort(),
      ).toEqual(['community', 'isReserve', 'name', 'postTier', 'salary', 'skills', 'status']));

    it('stores values as the database keeps them', () =>
      expect(
        checkBody(
          workers,
          { postTier: '3', isReserve: 'true', hireDate: '2028-02-29T00:00:00.000Z' },
          'update',
        ).data,
      ).toEqual({
        postTier: 3,
        isReserve: true,
        hireDate: '2028-02-29',
      }));

    it('collects unique values for the database to check, only when given', () => {
      expect(checkBody(workers, { idNumber: '110101199003071234' }, 'update').unique).toEqual([
        { field: 'idNumber', value: '110101199003071234' },
      ]);
      expect(checkBody(workers, { idNumber: '' }, 'update').unique).toEqual([]);
      expect(checkBody(workers, { idNumber: 'bad' }, 'update').unique).toEqual([]);
    });
  });

  describe('relations', () => {
    it.each<[string, unknown, FieldIssue['code']]>([
      ['community', ['c1'], 'relation_type'],
      ['community', 5, 'relation_type'],
      ['community', { id: 'c1' }, 'relation_type'],
      ['community', '  ', 'relation_type'],
      ['community', 'c\u00001', 'relation_type'],
      ['trainings', 't1', 'relation_many_type'],
      ['trainings', ['t1', 2], 'relation_many_type'],
      ['trainings', ['t1', ''], 'relation_many_type'],
      ['trainings', ['t1', '\u0000'], 'relation_many_type'],
      ['trainings', [{ id: 't1' }], 'relation_many_type'],
    ])('refuses %p given %j', (name, raw, code) => {
      const checked = checkBody(workers, { [name]: raw }, 'update');
      expect(checked.issues).toEqual({ [name]: { code } });
      expect(checked.relations).toEqual([]);
    });

    it('asks the database about each related record once, and stores each once', () => {
      const checked = checkBody(workers, { trainings: ['t1', 't2', 't1'] }, 'update');
      expect(checked.relations).toEqual([
        { field: 'trainings', uid: 'api::training.training', ids: ['t1', 't2'] },
      ]);
      expect(checked.data.trainings).toEqual(['t1', 't2']);
    });

    it('asks about a self-relation like any other', () =>
      expect(checkBody(workers, { mentor: 'w9' }, 'update').relations).toEqual([
        { field: 'mentor', uid: 'api::worker.worker', ids: ['w9'] },
      ]));
  });

  describe('media', () => {
    it.each<[string, unknown, unknown]>([
      ['photo', 7, 7],
      ['photo', '7', 7],
      ['photo', { id: 7, url: '/uploads/a.jpg' }, 7],
      ['photos', [1, '2', { id: 3 }], [1, 2, 3]],
      ['photos', 4, [4]],
      ['photos', [], []],
    ])('reads %p given %j as file ids', (name, raw, stored) => {
      const checked = checkBody(workers, { [name]: raw }, 'update');
      expect(checked.issues).toEqual({});
      expect(checked.data[name]).toEqual(stored);
      expect(checked.files).toEqual([{ field: name, ids: Array.isArray(stored) ? stored : [stored] }]);
    });

    it.each<[string, unknown]>([
      ['photo', [7]],
      ['photo', 0],
      ['photo', -1],
      ['photo', 1.5],
      ['photo', 'a.jpg'],
      ['photo', { url: '/uploads/a.jpg' }],
      ['photos', [1, 'x']],
    ])('refuses %p given %j', (name, raw) => {
      const checked = checkBody(workers, { [name]: raw }, 'update');
      expect(checked.issues).toEqual({ [name]: { code: 'media_type' } });
      expect(checked.files).toEqual([]);
    });
  });
});
