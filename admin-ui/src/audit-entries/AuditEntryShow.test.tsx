/** The audit trail as a supervisor reads it: sentences on the list, a field-by-field table on an entry's page. */
import { screen, within } from '@testing-library/react';
import { testDataProvider, type DataProvider, type RaRecord } from 'react-admin';
import type { Panel, ResourceSchema } from '@yanzhen/config';
import { panel as base, shownField } from '../schema/fixtures';
import { FIND, renderAdmin } from '../testing/renderAdmin';

const field = shownField;
const audit: ResourceSchema = {
  ...base.schema.resources[0],
  name: 'audit-entries',
  group: 'system',
  appendOnly: true,
  mainField: 'actorName',
  can: { find: true, findOne: true, create: false, update: false, delete: false },
  fields: [
    field('actorId', 'integer'),
    ...['actorName', 'action', 'resource', 'recordId', 'recordLabel', 'importJob'].map((n) =>
      field(n, 'string'),
    ),
    field('before', 'json'),
    field('after', 'json'),
    field('at', 'datetime'),
  ],
};
const panel: Panel = { ...base, schema: { ...base.schema, resources: [...base.schema.resources, audit] } };

const at = '2026-03-02T08:30:00.000Z';
const entry = (id: string, e: Record<string, unknown>) => ({
  id,
  actorName: '张三',
  resource: 'gadgets',
  at,
  ...e,
});
const records: Record<string, RaRecord[]> = {
  'audit-entries': [
    entry('a1', {
      action: 'update',
      recordId: 'g1',
      recordLabel: '一号',
      before: { colour: 'red', place: 'p1', count: 2 },
      after: { colour: 'blue', place: null, count: 3 },
    }),
    // Written before entries named their record: named as the panel names it today, or from their values.
    entry('a2', { action: 'create', recordId: 'g2', after: { colour: 'red' } }),
    entry('a3', { action: 'delete', recordId: 'g9', before: { name: '九号', colour: 'red' } }),
    entry('a4', { action: 'export', recordId: '', after: { rows: 12 } }),
  ],
  gadgets: [{ id: 'g2', name: '二号' }],
  places: [{ id: 'p1', name: '和平社区' }],
};

const dataProvider = testDataProvider({
  getList: (resource) => Promise.resolve({ data: records[resource], total: records[resource].length }),
  getOne: (resource, { id }) =>
    Promise.resolve({ data: records[resource].find((r) => r.id === id) as RaRecord }),
  getMany: (resource, { ids }) =>
    Promise.resolve({ data: records[resource].filter((r) => ids.includes(r.id)) }),
} as Partial<DataProvider>);

describe('the audit trail', () => {
  it('lists each entry as who did what to which record, by name', async () => {
    await renderAdmin('/audit-entries', panel, dataProvider);
    const table = await screen.findByRole('table', undefined, FIND);
    expect(await within(table).findByText('张三 修改了 gadgets（中）「一号」')).toBeTruthy();
    expect(await within(table).findByText('张三 新建了 gadgets（中）「二号」', undefined, FIND)).toBeTruthy();
    expect(within(table).getByText('张三 删除了 gadgets（中）「九号」')).toBeTruthy();
    expect(within(table).getByText('张三 导出了 gadgets（中）')).toBeTruthy();
    expect(table.textContent).not.toMatch(/update|g1|\{/);
  });

  it("shows an entry's changes field by field, as the record's page shows the values", async () => {
    await renderAdmin('/audit-entries/a1/show', panel, dataProvider);
    expect(await screen.findByText('张三 修改了 gadgets（中）「一号」', undefined, FIND)).toBeTruthy();
    expect(screen.getByRole('link', { name: '一号' }).getAttribute('href')).toBe('/gadgets/g1/show');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0])
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['', '修改前', '修改后']);
    const row = (label: string) => rows.find((r) => within(r).queryByRole('rowheader', { name: label }));
    expect(row('colour（中）')?.textContent).toBe('colour（中）红色蓝色');
    expect(row('count（中）')?.textContent).toBe('count（中）23');
    expect(await within(row('place（中）') as HTMLElement).findByText('和平社区')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\{"|p1/);
  });
});
