/** The bulk toolbar a resource folder declares: offered beside bulk delete once rows are ticked, by grant. */
import { fireEvent, screen, within } from '@testing-library/react';
import { testDataProvider, type RaRecord } from 'react-admin';
import type { Panel, ResourceSchema } from '@yanzhen/config';
import { panel as base, places } from '../schema/fixtures';
import { FIND, renderAdmin } from '../testing/renderAdmin';

const label = (zh: string) => ({ zh, en: zh });
const workers: ResourceSchema = {
  ...places,
  name: 'workers',
  labels: label('社区工作者'),
  can: { find: true, findOne: true, create: false, update: true, delete: true },
  fields: [
    { name: 'name', type: 'string', required: true, unique: false, readOnly: false, labels: label('姓名') },
    {
      name: 'grid',
      type: 'relation',
      required: false,
      unique: false,
      readOnly: false,
      labels: label('所在网格'),
      relation: { resource: 'places', many: false, inverse: false },
    },
  ],
};
const trainings: ResourceSchema = { ...places, name: 'trainings', labels: label('培训') };

const panelWith = (trainingsUpdatable: boolean): Panel => ({
  me: { ...base.me, permissions: { workers: ['find', 'findOne', 'update', 'delete'] } },
  schema: {
    ...base.schema,
    resources: [workers, { ...trainings, can: { ...trainings.can, update: trainingsUpdatable } }],
  },
});

const rows = [
  { id: 'w1', name: '张三', grid: null },
  { id: 'w2', name: '李四', grid: null },
] as RaRecord[];

const provider = testDataProvider({
  getList: () => Promise.resolve({ data: rows, total: rows.length }),
} as Parameters<typeof testDataProvider>[0]);

async function tickFirstRow() {
  const row = (await screen.findByText('张三', {}, FIND)).closest('tr') as HTMLElement;
  fireEvent.click(within(row).getByRole('checkbox'));
}

describe('the workers list’s bulk toolbar', () => {
  it('offers 设置网格 and 加入培训 beside 删除 once a row is ticked', async () => {
    await renderAdmin('/workers', panelWith(true), provider);
    await tickFirstRow();
    expect(await screen.findByRole('button', { name: '设置网格' }, FIND)).toBeTruthy();
    expect(screen.getByRole('button', { name: '加入培训' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '删除' })).toBeTruthy();
  });

  it('leaves out 加入培训 for a viewer who may not change trainings', async () => {
    await renderAdmin('/workers', panelWith(false), provider);
    await tickFirstRow();
    await screen.findByRole('button', { name: '设置网格' }, FIND);
    expect(screen.queryByRole('button', { name: '加入培训' })).toBeNull();
  });

  it('asks for the grid and says how many rows are selected', async () => {
    await renderAdmin('/workers', panelWith(true), provider);
    await tickFirstRow();
    fireEvent.click(await screen.findByRole('button', { name: '设置网格' }, FIND));
    const dialog = await screen.findByRole('dialog', {}, FIND);
    expect(within(dialog).getByText('已选择 1 条记录')).toBeTruthy();
    expect(within(dialog).getByLabelText(/所在网格/)).toBeTruthy();
  });
});
