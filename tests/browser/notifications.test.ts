/**
 * The bell on a party member's phone (issue 15): an approval reaches the member as an unread message, the
 * bell counts it, the 消息 page shows it within the screen with the digest switch, 全部标为已读 clears the
 * count, and the message leads to its task. A supervisor's bell counts what waits for them.
 */
import type { Browser } from 'playwright-core';
import { makeTask } from '../helpers/board';
import { api, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, containsText, eventually, hasCount, pagesPerTest, pageWidth, shutDown } from './panel';

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

describe('the bell', () => {
  const open = pagesPerTest(() => ({ app, browser }));

  it('tells a member on a phone of an approval, and marks it read', async () => {
    const memberApi = api(app, await login(app, 'member'));
    const member = (await memberApi.get('/api/panel/me')).body.member as string;
    const task = await makeTask(app.strapi, 'submitted', { tier: 'small', member, title: '楼道灯维修' });
    await api(app, await login(app, 'supervisor'))
      .post(`/api/panel/tasks/${task}/approve`)
      .expect(200);

    const { page } = await open('member', 'phone');
    const bell = page.getByRole('link', { name: /^消息（\d+ 条待看）$/ });
    await eventually(
      () => bell.textContent(),
      (label) => expect(Number(/（(\d+)/.exec(String(label))?.[1])).toBeGreaterThan(0),
    );
    await bell.click();
    await page.getByRole('heading', { name: '消息', level: 1 }).waitFor();
    const message = page.getByTestId('message').filter({ hasText: '楼道灯维修' });
    await hasCount(message, 1);
    await containsText(message, '已验收通过，+4 分');
    await containsText(message, '未读');
    // The member's own switch, in reach on the phone: off here is off on the server.
    const digest = page.getByRole('switch', { name: '接收每周榜单推荐' });
    await eventually(
      () => digest.isChecked(),
      (on) => expect(on).toBe(true),
    );
    await digest.click();
    await eventually(
      async () => (await memberApi.get('/api/panel/me/notifications')).body,
      (body) => expect(body).toEqual({ boardDigest: false }),
    );
    await eventually(
      () => pageWidth(page),
      (w) => expect(w).toBeLessThanOrEqual(390),
    );

    await page.getByRole('button', { name: '全部标为已读' }).click();
    await page.getByRole('link', { name: '消息（0 条待看）' }).waitFor();
    await containsText(message, '已读');
    await message.click();
    await eventually(
      async () => page.url(),
      (url) => expect(url).toContain(`/tasks/${task}/show`),
    );
  });

  it("counts a supervisor's waiting reports", async () => {
    const { page } = await open('supervisor');
    await page.goto('/messages');
    await containsText(page.getByTestId('waiting'), '待验收');
  });
});
