/**
 * The audit trail in the panel reads as sentences, against the real server: staff change a worker's phone,
 * and a supervisor reads on the trail who changed which worker, and on the entry's page the phone before
 * and after, field by field, with no internal key or stored JSON in sight.
 */
import type { Browser, Page } from 'playwright-core';
import { dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, containsText, eventually, hasValue, noRawKeys, pagesPerTest, shutDown } from './panel';

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

/** As the trail keeps a phone: the first three digits and the last four. */
const masked = (phone: string) => `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;

/** Neither a holder's key (`member:<id>`) nor stored JSON shows anywhere on the page. */
const noInternals = (page: Page) =>
  eventually(
    () => page.locator('body').innerText(),
    (text) => expect(text).not.toMatch(/member:|unit:|\{"|"\}/),
  );

describe('the audit trail in the panel', () => {
  const open = pagesPerTest(() => ({ app, browser }));

  it('names who changed which worker, and shows the phone before and after', async () => {
    const staffData = dataProvider(app, await login(app, 'staff'));
    const {
      data: [first],
    } = await staffData.getList('workers', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    const { data: worker } = await staffData.getOne('workers', { id: first.id });
    const phone = worker.phone === '13912345678' ? '13987654321' : '13912345678';

    const { page: staff } = await open('staff');
    await staff.goto(`/workers/${worker.id}`);
    await hasValue(staff.getByLabel(/^姓名/), worker.name);
    await staff.getByLabel(/^手机号/).fill(phone);
    await staff.getByRole('button', { name: '保存' }).click();
    await staff.waitForURL(/\/workers(\?.*)?$/);

    const { page } = await open('supervisor');
    await page.goto('/audit-entries');
    const sentence = `staff 修改了 社区工作者「${worker.name}」`;
    const row = page.locator('tbody tr').filter({ hasText: sentence }).first();
    await row.waitFor();
    await noInternals(page);
    await noRawKeys(page);

    await row.getByText(sentence).click();
    await page.waitForURL(/\/audit-entries\/[^/]+\/show$/);
    await page.getByText(sentence).waitFor();
    await page.getByRole('link', { name: worker.name }).waitFor();
    const change = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '手机号' }) });
    await containsText(change, masked(String(worker.phone)));
    await containsText(change, masked(phone));
    await noInternals(page);
    await noRawKeys(page);
  });
});
