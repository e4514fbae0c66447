/** The pay table as a grid: cells below the wage floor marked as the clerk types, an approved table locked. */
import { fireEvent, screen } from '@testing-library/react';
import { rules } from '@yanzhen/config';
import { testDataProvider, type RaRecord } from 'react-admin';
import { enumeration, field, panelWith } from '../incentives/testPanel';
import { FIND, renderAdmin } from '../testing/renderAdmin';

const panel = panelWith('pay-scales', [
  field('year', 'integer', { required: true, unique: true }),
  field('cityAverageWage', 'decimal', { required: true }),
  field('cells', 'json', { required: true }),
  field('rates', 'json'),
  enumeration('status', ['draft', 'approved']),
]);

const cells = {
  1: Array(8).fill(7000),
  2: Array(8).fill(6000),
  3: Array(8).fill(5000),
  4: Array(8).fill(4000),
};

const rates = rules.pay.rates;

const open = (status: string, path = '/pay-scales/p1') =>
  renderAdmin(
    path,
    panel,
    testDataProvider({
      getOne: () =>
        Promise.resolve({
          // The server lets a draft be edited, and nothing of an approved table.
          data: {
            id: 'p1',
            year: 2026,
            cityAverageWage: 50_000,
            cells,
            rates,
            status,
            _can: status === 'draft' ? ['update'] : [],
          } as RaRecord,
        }),
    } as Parameters<typeof testDataProvider>[0]),
  );

const cell = (post: number, level: number) =>
  screen.getByLabelText(`第${post}岗第${level}级月基本报酬`) as HTMLInputElement;

describe('the pay grid', () => {
  it('marks each cell whose yearly base is below the city average wage, as the clerk types', async () => {
    await open('draft');
    await screen.findByLabelText('第4岗第8级月基本报酬', undefined, FIND);
    expect(cell(4, 1).getAttribute('aria-invalid')).toBe('true');
    expect(cell(3, 1).getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByText(/8 个单元格的年基本报酬低于全市平均工资 50,000 元/)).toBeTruthy();

    fireEvent.change(cell(4, 1), { target: { value: '4200' } });
    expect(cell(4, 1).value).toBe('4200');
    expect(cell(4, 1).getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByText(/7 个单元格/)).toBeTruthy();
  });

  it('shows the insurance rates in per cent on the form', async () => {
    await open('draft');
    const pension = (await screen.findByLabelText(
      '养老保险 单位缴纳（%）',
      undefined,
      FIND,
    )) as HTMLInputElement;
    expect(pension.value).toBe('16');
    expect((screen.getByLabelText('失业保险 个人缴纳（%）') as HTMLInputElement).value).toBe('0.5');
    fireEvent.change(pension, { target: { value: '18.5' } });
    expect(pension.value).toBe('18.5');
  });

  it('shows an approved table read-only and says it is locked', async () => {
    await open('approved', '/pay-scales/p1/show');
    expect((await screen.findAllByText('4000', undefined, FIND)).length).toBe(8);
    expect(screen.queryByLabelText('第4岗第1级月基本报酬')).toBeNull();
    expect(screen.getByText('已批准的薪酬标准不能修改')).toBeTruthy();
  });
});
