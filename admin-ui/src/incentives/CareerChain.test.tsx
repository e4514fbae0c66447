/** The career chain on a worker's page: the stage reached, and each promotion with its state. */
import { render, screen, within } from '@testing-library/react';
import { AdminContext, testDataProvider, type RaRecord } from 'react-admin';
import { createI18nProvider } from '../i18n/i18nProvider';
import { FIND } from '../testing/renderAdmin';
import { CareerChain } from './CareerChain';

const promotions = [
  {
    id: 'p2',
    kind: 'level',
    fromLevel: 3,
    toLevel: 4,
    date: '2026-01-01',
    status: 'proposed',
    reason: '连续两年优秀',
  },
  { id: 'p1', kind: 'stage', fromStage: 'worker', toStage: 'cadre', date: '2024-03-01', status: 'approved' },
];

it('marks the stage reached and lists the promotions along the chain', async () => {
  const getManyReference = jest.fn(() => Promise.resolve({ data: promotions, total: promotions.length }));
  render(
    <AdminContext
      dataProvider={testDataProvider({ getManyReference } as unknown as Parameters<
        typeof testDataProvider
      >[0])}
      i18nProvider={createI18nProvider()}
    >
      <CareerChain worker={{ id: 'w1', careerStage: 'cadre' } as RaRecord} />
    </AdminContext>,
  );
  const table = await screen.findByRole('table', { name: '职业发展' }, FIND);
  const rows = within(table).getAllByRole('row');
  expect(rows[1].textContent).toContain('薪级 3 → 4');
  expect(rows[1].textContent).toContain('已提议');
  expect(rows[1].textContent).toContain('连续两年优秀');
  expect(rows[2].textContent).toContain('社区专职工作者 → 社区“两委”干部');
  expect(rows[2].textContent).toContain('已批准');
  expect(screen.getByText('当前').closest('.MuiStep-root')?.textContent).toContain('社区“两委”干部');
  expect(getManyReference).toHaveBeenCalledWith(
    'promotions',
    expect.objectContaining({ target: 'worker', id: 'w1' }),
  );
});
