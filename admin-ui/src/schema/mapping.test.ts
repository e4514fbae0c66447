import { gadgets, panel, places } from './fixtures';
import {
  defaultValues,
  filterFields,
  formFields,
  inputKind,
  isSortable,
  listColumns,
  readable,
} from './mapping';

const field = (name: string) => {
  const f = gadgets.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
};

describe('schema to screens', () => {
  it.each([
    ['name', 'text'],
    ['notes', 'multiline'],
    ['email', 'email'],
    ['count', 'integer'],
    ['rate', 'decimal'],
    ['active', 'boolean'],
    ['madeOn', 'date'],
    ['seenAt', 'datetime'],
    ['payMonth', 'month'],
    ['colour', 'select'],
    ['settings', 'json'],
    ['idNumber', 'text'],
    ['place', 'reference'],
    ['places', 'references'],
    ['photo', 'media'],
    ['password', 'password'],
  ])('gives %s a %s input', (name, kind) => expect(inputKind(field(name))).toBe(kind));

  it('hides relations to what the viewer may not read, and write-only fields', () => {
    expect(readable(panel.schema, field('place'))).toBe(true);
    expect(readable(panel.schema, field('owner'))).toBe(false);
    expect(readable(panel.schema, field('password'))).toBe(false);
  });

  it('sorts by neither personal data, JSON, files nor to-many relations', () => {
    const sortable = gadgets.fields.filter(isSortable).map((f) => f.name);
    expect(sortable).toEqual(expect.arrayContaining(['name', 'count', 'colour', 'place', 'score']));
    expect(sortable).not.toEqual(expect.arrayContaining(['idNumber']));
    for (const n of ['settings', 'photo', 'places', 'password']) expect(sortable).not.toContain(n);
  });

  it('lists short fields first and keeps the rest one click away', () => {
    const { columns, hidden } = listColumns(gadgets, panel.schema);
    const names = columns.map((f) => f.name);
    expect(names[0]).toBe('name');
    expect(names).not.toEqual(expect.arrayContaining(['settings', 'photo', 'places', 'owner', 'password']));
    expect(hidden).toEqual(expect.arrayContaining(['notes', 'idNumber']));
    expect(names.filter((n) => !hidden.includes(n))).toHaveLength(7);
  });

  it('shows the columns a resource folder chooses, in its order, and offers the others', () => {
    const { columns, hidden } = listColumns(gadgets, panel.schema, ['colour', 'name', 'gone']);
    expect(columns.slice(0, 2).map((f) => f.name)).toEqual(['colour', 'name']);
    expect(hidden).toContain('count');
    expect(hidden).not.toContain('colour');
  });

  it('filters enums, yes/no, dates and to-one relations, never personal data', () => {
    const filters = filterFields(gadgets, panel.schema).map((f) => `${f.field.name}:${f.kind}`);
    expect(filters).toEqual([
      'colour:select',
      'place:reference',
      'active:boolean',
      'madeOn:dates',
      'seenAt:dates',
    ]);
    expect(filterFields(places, panel.schema)).toEqual([]);
  });

  it('puts computed fields and files on edit forms as values, never as inputs, and leaves them off create', () => {
    const create = formFields(gadgets, panel.schema, 'create');
    const edit = formFields(gadgets, panel.schema, 'edit');
    expect(create.map((f) => f.field.name)).not.toEqual(expect.arrayContaining(['score']));
    expect(create.map((f) => f.field.name)).toContain('password');
    expect(edit.find((f) => f.field.name === 'score')?.editable).toBe(false);
    expect(edit.find((f) => f.field.name === 'photo')?.editable).toBe(false);
    expect(edit.find((f) => f.field.name === 'name')?.editable).toBe(true);
    expect(edit.map((f) => f.field.name)).not.toContain('owner');
  });

  it.each([
    ['a field a step asks for', { step: 'triage' }, false, true],
    ['a field set on create only', { createOnly: true }, true, false],
    ['a plain field', {}, true, true],
  ])('leaves %s off a new record’s form as it should', (_what, extra, onCreate, editable) => {
    const later = {
      ...gadgets,
      fields: gadgets.fields.map((f) => (f.name === 'count' ? { ...f, ...extra } : f)),
    };
    expect(formFields(later, panel.schema, 'create').some((f) => f.field.name === 'count')).toBe(onCreate);
    expect(formFields(later, panel.schema, 'edit').find((f) => f.field.name === 'count')?.editable).toBe(
      editable,
    );
  });

  it('starts a new record with the defaults the content type declares', () => {
    expect(defaultValues(gadgets)).toEqual({ active: true });
  });
});
