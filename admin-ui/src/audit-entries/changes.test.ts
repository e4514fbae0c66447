import { panel } from '../schema/fixtures';
import { changeRows, valuesOf } from './changes';

const names = (before: Record<string, unknown> | null, after: Record<string, unknown> | null) =>
  changeRows(panel.schema, 'gadgets', before, after).map((r) => [r.name, r.field?.type ?? null]);

describe("an audit entry's changes", () => {
  it("are the changed fields in the record page's order, each with its field", () =>
    expect(names({ count: 1, colour: 'red' }, { count: 2, colour: 'blue' })).toEqual([
      ['colour', 'enumeration'],
      ['count', 'integer'],
    ]));

  it("leave out the record's id and stamps, and relations to what the viewer may not read", () =>
    expect(
      names(null, { id: 'g1', name: '一号', owner: 's1', createdAt: '2026-01-01', updatedAt: '2026-01-01' }),
    ).toEqual([['name', 'string']]));

  it('keep what the resource has no field for, last', () =>
    expect(names(null, { rows: 12, name: 'x' })).toEqual([
      ['name', 'string'],
      ['rows', null],
    ]));

  it.each([
    [{ a: 1 }, { a: 1 }],
    [null, null],
    [[1], null],
    ['x', null],
  ])('read %j as values %j', (v, values) => expect(valuesOf(v)).toEqual(values));
});
