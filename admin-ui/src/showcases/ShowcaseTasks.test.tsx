/** A showcase's done tasks on its page, each with the resident's follow-up verdict. */
import { render, screen, within } from '@testing-library/react';
import {
  AdminContext,
  RecordContextProvider,
  ResourceContextProvider,
  testDataProvider,
  type DataProvider,
} from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { createI18nProvider } from '../i18n/i18nProvider';
import type { UiLocale } from '../i18n/messages';
import { ShowcaseTasks } from './ShowcaseTasks';

const tasks = [
  { id: 't1', title: '修好楼道路灯', status: 'approved', points: 4, followUpResult: 'satisfied' },
  { id: 't2', title: '陪空巢老人就医', status: 'approved', points: 2, followUpResult: null },
  { id: 't3', title: '清理楼道杂物', status: 'claimed', points: 2, followUpResult: 'dissatisfied' },
];

function renderTasks(locale: UiLocale) {
  const dataProvider = testDataProvider({
    getMany: (_r: string, { ids }: { ids: string[] }) =>
      Promise.resolve({ data: tasks.filter((t) => ids.includes(t.id)) }),
  } as unknown as Partial<DataProvider>);
  render(
    <MemoryRouter>
      <AdminContext dataProvider={dataProvider} i18nProvider={createI18nProvider(locale)}>
        <ResourceContextProvider value="showcases">
          <RecordContextProvider value={{ id: 's1', tasks: ['t1', 't2', 't3'] }}>
            <ShowcaseTasks source="tasks" />
          </RecordContextProvider>
        </ResourceContextProvider>
      </AdminContext>
    </MemoryRouter>,
  );
}

const rowOf = async (title: string) => (await screen.findByText(title)).closest('tr') as HTMLElement;

describe("a showcase's tasks", () => {
  it.each([
    ['zh-CN', ['满意', '待回访', '不满意']],
    ['en', ['Satisfied', 'Not yet followed up', 'Dissatisfied']],
  ] as const)('say in %s what each resident said', async (locale, verdicts) => {
    renderTasks(locale);
    for (const [i, t] of tasks.entries())
      expect(within(await rowOf(t.title)).getByText(verdicts[i])).toBeTruthy();
  });
});
