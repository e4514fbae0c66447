/** A card on the board says at a glance what needs attention: urgent, overdue, a possible duplicate, a follow-up. */
import { render, screen } from '@testing-library/react';
import { AdminContext, testDataProvider, type DataProvider, type RaRecord } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { createI18nProvider } from '../i18n/i18nProvider';
import { TaskCard } from './TaskCard';

const base = { id: 't1', title: '修补小区路面', status: 'listed', tier: 'small', points: 4 };

function renderCard(task: RaRecord) {
  const dataProvider = testDataProvider({
    getMany: (_resource: string, { ids }: { ids: unknown[] }) =>
      Promise.resolve({ data: ids.includes('t0') ? [{ id: 't0', title: '小区路面修补' }] : [] }),
  } as Partial<DataProvider>);
  render(
    <MemoryRouter>
      <AdminContext dataProvider={dataProvider} i18nProvider={createI18nProvider()}>
        <TaskCard task={task} />
      </AdminContext>
    </MemoryRouter>,
  );
}

describe('a task card', () => {
  it.each<[Partial<RaRecord>, string[]]>([
    [{}, []],
    [{ isUrgent: true }, ['急难愁盼']],
    [{ isOverdue: true }, ['已逾期']],
    [{ duplicateOf: 't0' }, ['疑似重复']],
    [{ isUrgent: true, isOverdue: true, duplicateOf: 't0' }, ['急难愁盼', '已逾期', '疑似重复']],
  ])('with %j is marked %j', async (flags, marks) => {
    renderCard({ ...base, ...flags });
    expect(await screen.findByText('修补小区路面')).toBeTruthy();
    expect(screen.getByText('4 分')).toBeTruthy();
    for (const mark of ['急难愁盼', '已逾期', '疑似重复'])
      expect(Boolean(screen.queryByText(new RegExp(`^${mark}`)))).toBe(marks.includes(mark));
  });

  it.each([
    ['satisfied', '回访结果：满意'],
    ['basic', '回访结果：基本满意'],
    ['dissatisfied', '回访结果：不满意'],
  ])('says what the resident said when followed up (%s)', async (followUpResult, text) => {
    renderCard({
      ...base,
      status: followUpResult === 'dissatisfied' ? 'claimed' : 'approved',
      followUpResult,
    });
    expect((await screen.findByTestId('follow-up')).textContent).toBe(text);
  });

  it('names the earlier report of a possible duplicate, a link to it', async () => {
    renderCard({ ...base, duplicateOf: 't0' });
    const link = await screen.findByRole('link', { name: '小区路面修补' });
    expect(link.getAttribute('href')).toBe('/tasks/t0/show');
    expect(screen.getByTestId('duplicate-of').textContent).toBe('疑似重复：小区路面修补');
  });
});
