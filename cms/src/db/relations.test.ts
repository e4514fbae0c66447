import { afterWrite, readRelation, relationDocumentId, type RelationRef } from './relations';

const A = 'a1b2c3d4e5f6g7h8i9j0klmn';
const B = 'z9y8x7w6v5u4t3s2r1q0ponm';

describe('readRelation', () => {
  it.each<[string, unknown, RelationRef]>([
    ['no value: left alone', undefined, undefined],
    ['null: cleared', null, null],
    ['a documentId (the panel)', A, { documentId: A }],
    ['{ documentId }', { documentId: A }, { documentId: A }],
    ['{ documentId, locale, status }', { documentId: A, locale: 'zh', status: 'draft' }, { documentId: A }],
    ['{ id }', { id: 7 }, { id: 7 }],
    ['{ id } as text', { id: '7' }, { id: 7 }],
    ['a row id', 7, { id: 7 }],
    ['a list: the last', [A, B], { documentId: B }],
    ['an empty list: cleared', [], null],
    ['connect (Strapi admin)', { connect: [{ id: 3, documentId: A }], disconnect: [] }, { documentId: A }],
    [
      'connect and disconnect the old',
      { connect: [{ documentId: A }], disconnect: [{ documentId: B }] },
      { documentId: A },
    ],
    ['connect by row id', { connect: [{ id: 3 }] }, { id: 3 }],
    ['connect a shorthand', { connect: A }, { documentId: A }],
    ['connect with a position', { connect: [{ documentId: A, position: { end: true } }] }, { documentId: A }],
    ['disconnect only: cleared', { connect: [], disconnect: [{ id: 3, documentId: B }] }, null],
    ['nothing connected or disconnected: left alone', { connect: [], disconnect: [] }, undefined],
    ['set', { set: [{ documentId: A }] }, { documentId: A }],
    ['set of documentIds', { set: [B, A] }, { documentId: A }],
    ['set empty: cleared', { set: [] }, null],
    ['an unreadable object: left alone', { name: 'x' }, undefined],
    ['a boolean: left alone', true, undefined],
    ['a fraction: left alone', 1.5, undefined],
  ])('%s', (_, value, ref) => expect(readRelation(value)).toEqual(ref));
});

describe('relationDocumentId', () => {
  it.each<[unknown, string | null | undefined]>([
    [A, A],
    [{ documentId: A }, A],
    [{ connect: [{ documentId: A }] }, A],
    [{ set: [] }, null],
    [null, null],
    [undefined, undefined],
    [{ id: 3 }, undefined],
  ])('%p names %p', (value, id) => expect(relationDocumentId(value)).toBe(id));
});

describe('afterWrite', () => {
  it.each<[string | null | undefined, unknown, string | null]>([
    [undefined, { documentId: B }, B],
    [undefined, null, null],
    [null, { documentId: B }, null],
    [A, { documentId: B }, A],
  ])('written %p over stored %p is %p', (written, stored, after) =>
    expect(afterWrite(written, stored)).toBe(after),
  );
});
