/** 财政测算 on a pay table's record: the added yearly figure, its breakdowns and warnings, or nothing. */
import { render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, HttpError, RecordContextProvider } from 'react-admin';
import { createI18nProvider } from '../i18n/i18nProvider';
import { panelJson } from '../providers/panelFetch';
import { FIND } from '../testing/renderAdmin';
import { ApproveCost, CostPanel } from './CostPanel';
import type { Cost, CostFigures } from './useCost';

jest.mock('../providers/panelFetch', () => ({ panelJson: jest.fn(), downloadFile: jest.fn() }));

const yearly = (total: number) => ({ base: total, allowances: 0, gross: total, employer: 0, total });
const figures = (headcount: number, added: number): CostFigures => ({
  headcount,
  affected: headcount,
  current: yearly(1_000_000),
  proposed: yearly(1_000_000 + added),
  added: yearly(added),
});
const cost: Cost = {
  table: { id: 't2', year: 2027 },
  against: { id: 't1', year: 2026 },
  month: '2026-12',
  ...figures(3, 123_456.7),
  byTown: [{ town: { id: 'a', name: '城关街道' }, ...figures(3, 123_456.7) }],
  byPost: [{ post: 4, label: '专职社区工作者、专职网格员', ...figures(3, 123_456.7) }],
  fallingCount: 1,
  falling: [{ id: 'w1', name: '张三', community: '和平社区' }],
  unpricedCount: 0,
  unpriced: [],
};

const json = jest.mocked(panelJson);
const answer = (status: number, body: unknown) =>
  status === 200
    ? json.mockResolvedValue(body)
    : json.mockRejectedValue(new HttpError((body as { message: string }).message, status, body));

const renderIn = (ui: JSX.Element) =>
  render(
    <AdminContext i18nProvider={createI18nProvider()}>
      <RecordContextProvider value={{ id: 't2', status: 'draft' }}>{ui}</RecordContextProvider>
    </AdminContext>,
  );

afterEach(() => json.mockReset());

it('shows the added yearly cost, by town and by post, and whose pay would fall', async () => {
  answer(200, cost);
  renderIn(<CostPanel />);
  expect((await screen.findByTestId('cost-added', {}, FIND)).textContent).toBe('每年新增支出 123,456.70 元');
  expect(screen.getByText('共 3 人，其中 3 人报酬变动')).toBeTruthy();
  expect(screen.getByRole('alert').textContent).toContain('1 人的报酬将下降：张三（和平社区）');
  const towns = screen.getByRole('table', { name: '按乡镇（街道）' });
  expect(within(towns).getAllByRole('row')[1].textContent).toContain('城关街道');
  expect(within(screen.getByRole('table', { name: '按岗位' })).getAllByRole('row')).toHaveLength(2);
  expect(json).toHaveBeenCalledWith('/pay-scales/t2/cost', 'zh-CN');
});

it('shows nothing to a viewer the server refuses', async () => {
  answer(403, { message: '您没有查看薪酬标准的权限' });
  const { container } = renderIn(<CostPanel />);
  await waitFor(() => expect(json).toHaveBeenCalled());
  await waitFor(() => expect(container.textContent).toBe(''));
});

it('states the figure in the approve dialog', async () => {
  answer(200, { ...cost, fallingCount: 0, falling: [] });
  renderIn(<ApproveCost record={{ id: 't2' }} />);
  const status = await screen.findByRole('status', {}, FIND);
  await within(status).findByText(/^批准后/, {}, FIND);
  expect(status.textContent).toBe('批准后，每年新增支出 123,456.70 元（3 人报酬变动，较 2026 年标准）。');
});
