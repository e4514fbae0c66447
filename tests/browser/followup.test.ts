/**
 * 回访 from the panel (issue 15): staff record the resident's verdict on a done task; 不满意 sends the
 * task back to its claimant, the card says why, and the step is no longer offered.
 */
import type { Browser } from 'playwright-core';
import { makeTask } from '../helpers/board';
import { api, dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, hasCount, pagesPerTest, shutDown, step } from './panel';

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

/** A small task of the demo member, approved just now. */
async function approvedTask(): Promise<string> {
  const member = (await api(app, await login(app, 'member')).get('/api/panel/me')).body.member as string;
  const id = await makeTask(app.strapi, 'submitted', { tier: 'small', member });
  const res = await api(app, await login(app, 'supervisor'))
    .post(`/api/panel/tasks/${id}/approve`)
    .send({});
  expect(res.status).toBe(200);
  return id;
}

const taskOf = async (id: string) =>
  (await dataProvider(app, await login(app, 'staff')).getOne('tasks', { id })).data;

describe('a follow-up in the panel', () => {
  const open = pagesPerTest(() => ({ app, browser }));

  it('records 不满意 and the task goes back to its claimant', async () => {
    const id = await approvedTask();
    const { page } = await open('staff');
    await page.goto(`/tasks/${id}/show`);
    await page.getByRole('button', { name: '回访', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^回访情况/).fill('居民反映楼道杂物又堆回来了');
    // Chosen by hand, not with choose(): its Escape for a menu that reopens would close the dialog.
    await dialog.locator('.ra-input-followUpResult [role=combobox]').click();
    await page.getByRole('option', { name: '不满意', exact: true }).click();
    await hasCount(page.getByRole('listbox'), 0);
    await dialog.getByRole('button', { name: '回访', exact: true }).click();
    await page.getByText('回访成功').waitFor();
    expect(await taskOf(id)).toMatchObject({ status: 'claimed', followUpResult: 'dissatisfied' });
    await hasCount(page.getByRole('button', { name: '回访', exact: true }), 0);
  });

  it('asks for the verdict and the note before it records anything', async () => {
    const id = await approvedTask();
    const { page } = await open('staff');
    await page.goto(`/tasks/${id}/show`);
    await step(page, '回访');
    await page.getByRole('dialog').getByText('必填').first().waitFor();
    expect(await taskOf(id)).toMatchObject({ status: 'approved', followUpResult: null });
  });
});
