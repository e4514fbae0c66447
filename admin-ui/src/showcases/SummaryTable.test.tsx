/** A showcase's counts on its page: a table of categories by their labels and the month's totals, not JSON. */
import { render, screen, within } from '@testing-library/react';
import { AdminContext, RecordContextProvider, testDataProvider, type DataProvider } from 'react-admin';
import type { Panel, ResourceSchema } from '@yanzhen/config';
import { createI18nProvider } from '../i18n/i18nProvider';
import { panel as base, shownField } from '../schema/fixtures';
import { FIND, renderAdmin } from '../testing/renderAdmin';
import { SummaryTable } from './SummaryTable';

const field = shownField;
const showcases: ResourceSchema = {
  ...base.schema.resources[0],
  name: 'showcases',
  group: 'board',
  mainField: 'month',
  can: { find: true, findOne: true, create: false, update: false, delete: false },
  fields: [field('month', 'string'), field('summary', 'json')],
};
const panel: Panel = { ...base, schema: { ...base.schema, resources: [showcases] } };
const summary = { total: 4, big: 1, small: 3, urgent: 1, byCategory: { facilities: 1, elderly: 3 } };

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => r.textContent);

describe("a showcase's counts", () => {
  it('show on its page as a table of Chinese categories, most first, with no JSON', async () => {
    const dp = testDataProvider({
      getOne: () => Promise.resolve({ data: { id: 's1', month: '2026-11', summary } }),
    } as unknown as Partial<DataProvider>);
    await renderAdmin('/showcases/s1/show', panel, dp);
    const table = await screen.findByRole('table', { name: '分类统计' }, FIND);
    expect(rows(table)).toEqual(['类别办结任务', '关爱空巢老人3', '设施修缮1']);
    expect(screen.getByText('办结任务 4 件 · 大榜 1 · 小榜 3 · 急难愁盼 1')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/byCategory|elderly|[{}]/);
  });

  it('read in English, and say so when the month has none', async () => {
    const i18nProvider = createI18nProvider('en');
    const { unmount } = render(
      <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider}>
        <RecordContextProvider value={{ id: 's1', summary }}>
          <SummaryTable source="summary" />
        </RecordContextProvider>
      </AdminContext>,
    );
    expect(rows(await screen.findByRole('table'))).toEqual([
      'CategoryDone tasks',
      'Elderly living alone3',
      'Facilities repair1',
    ]);
    unmount();
    render(
      <AdminContext dataProvider={testDataProvider()} i18nProvider={createI18nProvider()}>
        <RecordContextProvider value={{ id: 's2', summary: { total: 0, byCategory: {} } }}>
          <SummaryTable source="summary" />
        </RecordContextProvider>
      </AdminContext>,
    );
    expect(await screen.findByText('暂无任务')).toBeTruthy();
  });
});
