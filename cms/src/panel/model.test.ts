import { toField, toResource, type Field, type RawAttribute, type RawContentType } from './model';

const contentType = (
  name: string,
  attributes: Record<string, RawAttribute>,
  extra: Partial<RawContentType> = {},
): RawContentType => ({
  uid: `api::${name}.${name}`,
  kind: 'collectionType',
  info: { singularName: name, pluralName: `${name}s`, displayName: name },
  attributes,
  ...extra,
});

describe('toField', () => {
  it.each<[string, RawAttribute, Field['type']]>([
    ['string', { type: 'string' }, 'string'],
    ['text', { type: 'text' }, 'text'],
    ['richtext', { type: 'richtext' }, 'richtext'],
    ['email', { type: 'email' }, 'email'],
    ['uid', { type: 'uid', targetField: 'title' }, 'uid'],
    ['integer', { type: 'integer' }, 'integer'],
    ['biginteger', { type: 'biginteger' }, 'integer'],
    ['decimal', { type: 'decimal' }, 'decimal'],
    ['float', { type: 'float' }, 'decimal'],
    ['boolean', { type: 'boolean' }, 'boolean'],
    ['date', { type: 'date' }, 'date'],
    ['datetime', { type: 'datetime' }, 'datetime'],
    ['enumeration', { type: 'enumeration', enum: ['a'] }, 'enumeration'],
    ['json', { type: 'json' }, 'json'],
    ['relation', { type: 'relation', relation: 'manyToOne', target: 'api::town.town' }, 'relation'],
    ['media', { type: 'media' }, 'media'],
  ])('shows a %s attribute as %s', (_what, a, type) => expect(toField('f', a)?.type).toBe(type));

  it.each<[string, RawAttribute]>([
    ['a private password', { type: 'password', private: true }],
    ['a password', { type: 'password' }],
    ['a component', { type: 'component' }],
    ['a dynamic zone', { type: 'dynamiczone' }],
    ['a polymorphic relation', { type: 'relation', relation: 'morphToMany' }],
    ['a relation with no target', { type: 'relation', relation: 'manyToOne' }],
    ['a field the server keeps for itself', { type: 'json', pluginOptions: { panel: { internal: true } } }],
  ])('leaves out %s', (_what, a) => expect(toField('f', a)).toBeNull());

  it.each<[string, boolean]>([
    ['oneToOne', false],
    ['manyToOne', false],
    ['oneToMany', true],
    ['manyToMany', true],
  ])('a %s relation holds many: %p', (relation, many) =>
    expect(toField('f', { type: 'relation', relation, target: 'api::town.town' })?.relation).toEqual({
      uid: 'api::town.town',
      many,
      inverse: false,
    }),
  );

  it('makes the inverse side of a relation read-only', () => {
    const mentees = toField('mentees', {
      type: 'relation',
      relation: 'oneToMany',
      target: 'api::worker.worker',
      mappedBy: 'mentor',
    });
    expect(mentees).toMatchObject({
      readOnly: true,
      relation: { uid: 'api::worker.worker', many: true, inverse: true },
    });
  });

  it('keeps the owning side of a relation writable', () => {
    const mentor = toField('mentor', {
      type: 'relation',
      relation: 'manyToOne',
      target: 'api::worker.worker',
      inversedBy: 'mentees',
    });
    expect(mentor).toMatchObject({ readOnly: false, relation: { inverse: false } });
  });

  it.each<[string, RawAttribute['pluginOptions'], Partial<Field>]>([
    ['nothing', undefined, { readOnly: false, writeOnly: false, mask: undefined }],
    ['readOnly', { panel: { readOnly: true } }, { readOnly: true }],
    ['writeOnly', { panel: { writeOnly: true } }, { writeOnly: true, readOnly: false }],
    ['a phone mask', { panel: { mask: 'phone' } }, { mask: 'phone' }],
    ['an ID number mask', { panel: { mask: 'idNumber' } }, { mask: 'idNumber' }],
    ['a name mask', { panel: { mask: 'name' } }, { mask: 'name' }],
  ])('takes %s from pluginOptions.panel', (_what, pluginOptions, expected) =>
    expect(toField('f', { type: 'string', pluginOptions })).toMatchObject(expected),
  );

  it.each<[string, string, RawAttribute, Field['format']]>([
    ['a year, by its name', 'year', { type: 'integer' }, 'year'],
    ['a year, by the end of its name', 'startYear', { type: 'integer' }, 'year'],
    ['no year in a text', 'year', { type: 'string' }, undefined],
    ['no year in a name that only contains it', 'yearly', { type: 'integer' }, undefined],
    ['a plain count', 'households', { type: 'integer' }, undefined],
    [
      'a rate',
      'subsidyRate',
      { type: 'decimal', pluginOptions: { panel: { format: 'percent' } } },
      'percent',
    ],
    ['money', 'tuition', { type: 'decimal', pluginOptions: { panel: { format: 'money' } } }, 'money'],
    ['a month', 'month', { type: 'string', pluginOptions: { panel: { format: 'month' } } }, 'month'],
  ])('reads %s', (_what, name, attribute, format) => expect(toField(name, attribute)?.format).toBe(format));

  it('keeps the schema limits, reading numbers written as text', () =>
    expect(
      toField('rate', { type: 'decimal', required: true, unique: true, min: '0.5', max: 1, default: 0.5 }),
    ).toMatchObject({ required: true, unique: true, min: 0.5, max: 1, default: 0.5 }));

  it('treats an empty limit as none', () =>
    expect(toField('n', { type: 'integer', min: '' })?.min).toBeUndefined());

  it('keeps lengths, pattern and choices', () =>
    expect(toField('code', { type: 'string', minLength: 2, maxLength: 9, regex: '^\\d+$' })).toMatchObject({
      minLength: 2,
      maxLength: 9,
      regex: '^\\d+$',
    }));

  it.each<[string, RawAttribute, Field['media']]>([
    ['one file', { type: 'media', allowedTypes: ['images'] }, { multiple: false, allowedTypes: ['images'] }],
    ['several files', { type: 'media', multiple: true }, { multiple: true, allowedTypes: [] }],
  ])('describes a media field holding %s', (_what, a, media) =>
    expect(toField('photos', a)?.media).toEqual(media),
  );
});

describe('toResource', () => {
  const worker = toResource(
    contentType('worker', {
      name: { type: 'string', required: true },
      idNumber: { type: 'string', pluginOptions: { panel: { mask: 'idNumber' } } },
      phone: { type: 'string', pluginOptions: { panel: { mask: 'phone' } } },
      email: { type: 'email' },
      code: { type: 'uid' },
      note: { type: 'text' },
      story: { type: 'richtext' },
      secret: { type: 'string', pluginOptions: { panel: { writeOnly: true } } },
      postTier: { type: 'integer' },
      status: { type: 'enumeration', enum: ['active'] },
      community: { type: 'relation', relation: 'manyToOne', target: 'api::community.community' },
      password: { type: 'password', private: true },
      address: { type: 'component' },
    }),
  );

  it('is named by the plural and keeps the uid', () =>
    expect(worker).toMatchObject({ name: 'workers', uid: 'api::worker.worker' }));

  it('has a field for every attribute the panel handles, in schema order', () =>
    expect(worker.fields.map((f) => f.name)).toEqual([
      'name',
      'idNumber',
      'phone',
      'email',
      'code',
      'note',
      'story',
      'secret',
      'postTier',
      'status',
      'community',
    ]));

  it('finds fields by name', () => {
    expect(worker.field.get('community')?.type).toBe('relation');
    expect(worker.field.has('password')).toBe(false);
  });

  it('searches plain text fields, never masked or write-only ones', () =>
    expect(worker.searchable).toEqual(['name', 'email', 'code', 'note']));

  it.each<[string, string[], string]>([
    ['name first', ['code', 'title', 'name'], 'name'],
    ['then title', ['code', 'quarter', 'title'], 'title'],
    ['then username', ['code', 'username', 'quarter'], 'username'],
    ['then quarter', ['code', 'month', 'quarter'], 'quarter'],
    ['then month', ['code', 'month'], 'month'],
    ['then the first searchable field', ['year', 'code', 'label'], 'code'],
  ])('picks the main field: %s', (_what, names, main) => {
    const attributes = Object.fromEntries(
      names.map((n) => [n, { type: n === 'year' ? 'integer' : 'string' }]),
    );
    expect(toResource(contentType('thing', attributes)).mainField).toBe(main);
  });

  it('names records by id when nothing else can', () =>
    expect(toResource(contentType('entry', { points: { type: 'integer' } })).mainField).toBe('id'));

  it.each<[string, Partial<RawContentType>, { draftAndPublish: boolean; appendOnly: boolean; kind: string }]>(
    [
      ['a plain collection', {}, { draftAndPublish: false, appendOnly: false, kind: 'collectionType' }],
      [
        'draft and publish',
        { options: { draftAndPublish: true } },
        { draftAndPublish: true, appendOnly: false, kind: 'collectionType' },
      ],
      [
        'a ledger',
        { pluginOptions: { panel: { appendOnly: true } } },
        { draftAndPublish: false, appendOnly: true, kind: 'collectionType' },
      ],
      [
        'a single type',
        { kind: 'singleType' },
        { draftAndPublish: false, appendOnly: false, kind: 'singleType' },
      ],
    ],
  )('describes %s', (_what, extra, expected) =>
    expect(toResource(contentType('thing', { title: { type: 'string' } }, extra))).toMatchObject(expected),
  );
});
