/**
 * 财政新增支出 in the panel (issue 15): staff make next year's table from the approved one by a rule; a
 * supervisor reads its added yearly cost on the record, by town and by post, and sees the same figure in
 * the approve dialog before approving.
 */
import type { Browser } from 'playwright-core';
import { api, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, containsText, hasCount, hasText, pagesPerTest, shutDown } from './panel';

let app: TestApp;
let browser: Browser;
let approved: string;

beforeAll(async () => {
  ({ app, browser } = await boot());
  const supervisor = api(app, await login(app, 'supervisor'));
  const [table] = (await supervisor.get('/api/panel/pay-scales')).body as { id: string }[];
  approved = table.id;
  await supervisor.post(`/api/panel/pay-scales/${approved}/approve`).send({});
});
afterAll(() => shutDown({ app, browser }));

const yuan = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('the cost of a pay table', () => {
  const open = pagesPerTest(() => ({ app, browser }));

  it('is made by a rule, and read by the supervisor before approving', async () => {
    const staff = await open('staff');
    await staff.page.goto(`/pay-scales/${approved}/show`);
    await staff.page.getByRole('button', { name: '按规则生成新标准' }).click();
    const dialog = staff.page.getByRole('dialog');
    await dialog.getByLabel('新标准年度').fill('2027');
    await dialog.getByLabel('上调百分比（%）').fill('10');
    await dialog.getByRole('button', { name: '生成草稿' }).click();
    await staff.page.waitForURL(/\/pay-scales\/[a-z0-9]{24}$/);
    const draft = staff.page.url().split('/').pop() as string;

    const figures = (
      await api(app, await login(app, 'supervisor')).get(`/api/panel/pay-scales/${draft}/cost`)
    ).body as { added: { total: number }; affected: number; byTown: unknown[] };
    expect(figures.added.total).toBeGreaterThan(0);

    const { page } = await open('supervisor');
    await page.goto(`/pay-scales/${draft}/show`);
    const section = page.getByRole('region', { name: '财政测算' });
    await hasText(section.getByTestId('cost-added'), `每年新增支出 ${yuan(figures.added.total)} 元`);
    await containsText(section, '与 2026 年已批准标准相比');
    await hasText(
      section.getByRole('table', { name: '按乡镇（街道）' }).locator('tbody tr').first(),
      /^\S+ \d+ \d+/,
    );
    await hasCount(
      section.getByRole('table', { name: '按乡镇（街道）' }).locator('tbody tr'),
      figures.byTown.length,
    );
    await section.getByRole('table', { name: '按岗位' }).waitFor();

    await page.getByRole('button', { name: '批准', exact: true }).click();
    const confirm = page.getByRole('dialog');
    await hasText(
      confirm.getByTestId('approve-cost'),
      `批准后，每年新增支出 ${yuan(figures.added.total)} 元（${figures.affected} 人报酬变动，较 2026 年标准）。`,
    );
    await confirm.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByText('批准成功').waitFor();
    await hasCount(page.getByRole('button', { name: '批准', exact: true }), 0);
    const after = (await api(app, await login(app, 'supervisor')).get(`/api/panel/pay-scales/${draft}`)).body;
    expect(after.status).toBe('approved');
  });
});
