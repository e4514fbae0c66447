/**
 * A clerk picks a task's source group from the district's list of self-governing groups rather than
 * typing it, and a group added to the list (自治组织) is offered at once.
 */
import type { Browser } from 'playwright-core';
import { dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, eventually, hasValue, pagesPerTest, shutDown } from './panel';

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));
const open = pagesPerTest(() => ({ app, browser }));

const staff = async () => dataProvider(app, await login(app, 'staff'));

it('offers the groups on the list and keeps the one chosen', async () => {
  const provider = await staff();
  await provider.create('source-groups', { data: { name: '夕阳红志愿队', leader: '周桂兰' } });
  const { data } = await provider.getList('tasks', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
    filter: { status: 'collected' },
  });
  const task = data[0];
  const { page } = await open('staff');
  await page.goto(`/tasks/${task.id}`);
  const input = page.locator('.ra-input-sourceOrg input');
  await input.click();
  await page.getByRole('option', { name: '邻里帮帮队', exact: true }).waitFor();
  await page.getByRole('option', { name: '夕阳红志愿队', exact: true }).click();
  await hasValue(input, '夕阳红志愿队');
  await page.getByRole('button', { name: '保存' }).click();
  await eventually(
    async () => (await provider.getOne('tasks', { id: task.id })).data.sourceOrg,
    (v) => expect(v).toBe('夕阳红志愿队'),
  );
});
