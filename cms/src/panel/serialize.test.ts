import type { MaskKind } from './model';
import { toResource } from './model';
import { mask, toRecord, type Row } from './serialize';

describe('mask', () => {
  it.each<[MaskKind, unknown, unknown]>([
    ['idNumber', '110101199003071234', '110***********1234'],
    ['idNumber', '11010119900307123X', '110***********123X'],
    ['phone', '13812345678', '138****5678'],
    ['phone', '010-12345678', '010*****5678'],
    ['phone', '12345678', '123*5678'],
    ['phone', '1234567', '*******'],
    ['phone', '123', '***'],
    ['name', '张三', '张*'],
    ['name', '欧阳娜娜', '欧***'],
    ['name', '李', '李*'],
    ['name', '𠀀三', '𠀀*'],
    ['name', 'Li Lei', 'L*****'],
    ['phone', '', ''],
    ['name', '', ''],
    ['phone', null, null],
    ['idNumber', undefined, undefined],
  ])('shows a %s %p as %p', (kind, value, masked) => expect(mask(kind, value)).toBe(masked));

  it.each<[MaskKind, string]>([
    ['idNumber', '110101199003071234'],
    ['phone', '13812345678'],
    ['name', '张三丰'],
  ])('keeps the length of a %s so the reader sees its shape', (kind, value) =>
    expect([...(mask(kind, value) as string)]).toHaveLength([...value].length),
  );
});

describe('toRecord', () => {
  const workers = toResource({
    uid: 'api::worker.worker',
    kind: 'collectionType',
    info: { singularName: 'worker', pluralName: 'workers', displayName: '社区工作者' },
    attributes: {
      name: { type: 'string' },
      idNumber: { type: 'string', pluginOptions: { panel: { mask: 'idNumber' } } },
      phone: { type: 'string', pluginOptions: { panel: { mask: 'phone' } } },
      reporter: { type: 'string', pluginOptions: { panel: { mask: 'name' } } },
      secret: { type: 'string', pluginOptions: { panel: { writeOnly: true } } },
      postTier: { type: 'integer' },
      isReserve: { type: 'boolean' },
      hireDate: { type: 'date' },
      claimedAt: { type: 'datetime' },
      extra: { type: 'json' },
      community: { type: 'relation', relation: 'manyToOne', target: 'api::community.community' },
      trainings: { type: 'relation', relation: 'manyToMany', target: 'api::training.training' },
      photo: { type: 'media' },
      photos: { type: 'media', multiple: true },
    },
  });
  const stories = toResource({
    uid: 'api::story.story',
    kind: 'collectionType',
    info: { singularName: 'story', pluralName: 'stories', displayName: '榜样故事' },
    options: { draftAndPublish: true },
    attributes: { title: { type: 'string' } },
  });

  const row: Row = {
    id: 41,
    documentId: 'w1',
    name: '张三',
    idNumber: '110101199003071234',
    phone: '13812345678',
    reporter: '王小明',
    secret: 'hunter22',
    postTier: 4,
    isReserve: 1,
    hireDate: '2020-03-01',
    claimedAt: new Date('2026-03-01T01:00:00Z'),
    extra: { note: '备注' },
    community: { documentId: 'c1' },
    trainings: [{ documentId: 't1' }, { documentId: 't2' }],
    photo: {
      id: 7,
      url: '/uploads/a.jpg',
      name: 'a.jpg',
      mime: 'image/jpeg',
      width: 10,
      height: 20,
      hash: 'x',
    },
    photos: [{ id: 8, url: '/uploads/b.pdf', name: 'b.pdf', mime: 'application/pdf' }],
    createdAt: new Date('2026-01-02T03:04:05Z'),
    updatedAt: Date.UTC(2026, 0, 3),
  };

  it('sends a record as the panel reads it: the documentId as id, relations as ids, files as small objects', () =>
    expect(toRecord(workers, row, true)).toEqual({
      id: 'w1',
      name: '张三',
      idNumber: '110101199003071234',
      phone: '13812345678',
      reporter: '王小明',
      postTier: 4,
      isReserve: true,
      hireDate: '2020-03-01',
      claimedAt: '2026-03-01T01:00:00.000Z',
      extra: { note: '备注' },
      community: 'c1',
      trainings: ['t1', 't2'],
      photo: { id: 7, url: '/uploads/a.jpg', name: 'a.jpg', mime: 'image/jpeg', width: 10, height: 20 },
      photos: [
        { id: 8, url: '/uploads/b.pdf', name: 'b.pdf', mime: 'application/pdf', width: null, height: null },
      ],
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-03T00:00:00.000Z',
    }));

  it('masks ID numbers, phones and names unless asked to reveal them', () =>
    expect(toRecord(workers, row, false)).toMatchObject({
      name: '张三',
      idNumber: '110***********1234',
      phone: '138****5678',
      reporter: '王**',
    }));

  it.each([true, false])('never sends a write-only field (reveal: %p)', (reveal) =>
    expect(toRecord(workers, row, reveal)).not.toHaveProperty('secret'),
  );

  it.each<[string, Row, Record<string, unknown>]>([
    ['booleans stored as 0', { isReserve: 0 }, { isReserve: false }],
    ['booleans stored as false', { isReserve: false }, { isReserve: false }],
    ['an unknown boolean', { isReserve: null }, { isReserve: null }],
    [
      'a datetime as milliseconds',
      { claimedAt: Date.UTC(2026, 2, 1, 1) },
      { claimedAt: '2026-03-01T01:00:00.000Z' },
    ],
    [
      'a datetime already as text',
      { claimedAt: '2026-03-01T01:00:00.000Z' },
      { claimedAt: '2026-03-01T01:00:00.000Z' },
    ],
    ['no datetime', { claimedAt: undefined }, { claimedAt: null }],
    ['no related record', { community: null }, { community: null }],
    ['no related records', { trainings: null }, { trainings: [] }],
    [
      'a related record without a documentId',
      { trainings: [{ documentId: 't1' }, null, 5] },
      { trainings: ['t1'] },
    ],
    ['no file', { photo: null }, { photo: null }],
    ['no files', { photos: null }, { photos: [] }],
    ['a missing phone, masked', { phone: null }, { phone: null }],
    ['a value left undefined', { name: undefined }, { name: null }],
  ])('sends %s', (_what, values, expected) =>
    expect(toRecord(workers, { documentId: 'w1', ...values }, false)).toMatchObject(expected),
  );

  it('sends only the fields the row holds', () =>
    expect(toRecord(workers, { documentId: 'w1', name: '张三' }, false)).toEqual({ id: 'w1', name: '张三' }));

  it('sends publishedAt only for draft-and-publish resources', () => {
    const stamps = { createdAt: '2026-01-01T00:00:00.000Z', publishedAt: new Date('2026-02-01T00:00:00Z') };
    expect(toRecord(stories, { documentId: 's1', title: '好人', ...stamps }, false)).toEqual({
      id: 's1',
      title: '好人',
      createdAt: '2026-01-01T00:00:00.000Z',
      publishedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(toRecord(workers, { documentId: 'w1', ...stamps }, false)).not.toHaveProperty('publishedAt');
  });

  it('sends an unpublished draft with publishedAt null', () =>
    expect(toRecord(stories, { documentId: 's1', publishedAt: null }, false)).toEqual({
      id: 's1',
      publishedAt: null,
    }));
});
