/**
 * The generic screens as a user sees them, for a resource no folder describes (`gadgets`): what the
 * schema says becomes columns, filters, inputs and labels in Chinese, and the server's field messages
 * land on the inputs. The data provider is an in-memory stand-in; the real server is in tests/browser.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { HttpError, testDataProvider, type RaRecord } from 'react-admin';
import { panel } from '../schema/fixtures';
import { FIND, renderAdmin } from '../testing/renderAdmin';

/** What the server says this viewer may do to each record. */
const EDITABLE = ['update', 'delete'];

const records: Record<string, RaRecord[]> = {
  gadgets: [
    {
      id: 'g1',
      name: '一号',
      colour: 'red',
      count: 2,
      active: true,
      place: 'p1',
      places: ['p1'],
      score: 7.5,
      _can: EDITABLE,
    },
    {
      id: 'g2',
      name: '二号',
      colour: 'blue',
      count: 3,
      active: false,
      place: null,
      places: [],
      score: 1,
      _can: EDITABLE,
    },
  ],
  places: [{ id: 'p1', name: '和平社区' }],
};

function dataProvider(saveError?: HttpError) {
  return testDataProvider({
    getList: (resource) =>
      Promise.resolve({ data: records[resource] ?? [], total: records[resource]?.length ?? 0 }),
    getOne: (resource, { id }) =>
      Promise.resolve({ data: records[resource].find((r) => r.id === id) as RaRecord }),
    getMany: (resource, { ids }) =>
      Promise.resolve({ data: records[resource].filter((r) => ids.includes(r.id)) }),
    create: () =>
      saveError ? Promise.reject(saveError) : Promise.resolve({ data: { id: 'g3' } as RaRecord }),
    update: (_r, { data }) =>
      saveError ? Promise.reject(saveError) : Promise.resolve({ data: data as RaRecord }),
  } as Parameters<typeof testDataProvider>[0]);
}

const open = (path: string, saveError?: HttpError) => renderAdmin(path, panel, dataProvider(saveError));

describe('screens generated from the schema', () => {
  it('lists records with Chinese headers and enum labels, searchable, in a grouped menu the viewer may see', async () => {
    await open('/gadgets');
    const table = await screen.findByRole('table', undefined, FIND);
    expect(within(table).getByText('name（中）')).toBeTruthy();
    expect(within(table).getByText('colour（中）')).toBeTruthy();
    expect(within(table).getByText('红色')).toBeTruthy();
    expect(within(table).getByText('一号')).toBeTruthy();
    expect(await within(table).findByText('和平社区', undefined, FIND)).toBeTruthy();
    expect(within(table).queryByText('idNumber（中）')).toBeNull();
    expect(screen.getByPlaceholderText('搜索')).toBeTruthy();
    expect(screen.getByText('雁阵齐飞')).toBeTruthy();
    expect(screen.getAllByText('places（中）').length).toBeGreaterThan(0);
    expect(screen.queryByText('secrets（中）')).toBeNull();
  });

  it('offers a create form with an input per writable field, Chinese choices, and no computed field', async () => {
    await open('/gadgets/create');
    expect(await screen.findByLabelText(/^name（中）/, undefined, FIND)).toBeTruthy();
    expect(screen.getByLabelText(/^count（中）/)).toBeTruthy();
    expect(screen.getByLabelText(/^settings（中）/)).toBeTruthy();
    expect(screen.queryByLabelText(/^score（中）/)).toBeNull();
    expect(screen.queryByText('owner（中）')).toBeNull();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: /colour（中）/ }));
    expect(await screen.findByRole('option', { name: '蓝色' })).toBeTruthy();
  });

  it("shows the server's field message on the input it concerns", async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new HttpError('有 1 处填写有误：name', 400, { errors: { name: '“一号”已被其他记录使用' } });
    await open('/gadgets/create', error);
    fireEvent.change(await screen.findByLabelText(/^name（中）/, undefined, FIND), {
      target: { value: '一号' },
    });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: /colour（中）/ }));
    fireEvent.click(await screen.findByRole('option', { name: '红色' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('“一号”已被其他记录使用', undefined, FIND)).toBeTruthy();
  });

  it('shows computed fields on the edit form as values, not inputs', async () => {
    await open('/gadgets/g1');
    expect(await screen.findByDisplayValue('一号', undefined, FIND)).toBeTruthy();
    expect(screen.getByText('score（中）')).toBeTruthy();
    expect(screen.getByText('7.5')).toBeTruthy();
    expect(screen.queryByLabelText(/^score（中）/)).toBeNull();
  });
});
