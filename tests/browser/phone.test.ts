/**
 * The task board on a party member's phone (390 × 844) and on a wide desktop (1,440 × 900), against the
 * real server: a member claims a small task, reports it with a photo taken by the phone's camera, and
 * sees the points once it is approved, and no screen on the way scrolls sideways or puts a dialog off
 * the screen. On the desktop the board's columns wrap instead of scrolling, and the finished column
 * shows its latest few with a link to the rest.
 */
import type { Browser } from 'playwright-core';
import { makeTask, today } from '../helpers/board';
import { api, dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import {
  boot,
  hasCount,
  insideScreen,
  pagesPerTest,
  pageWidth,
  PNG,
  shutDown,
  type PanelPage,
} from './panel';
import { containsText, eventually, hasText } from './panel';

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

const noSidewaysScroll = (p: PanelPage, width: number) =>
  eventually(
    () => pageWidth(p.page),
    (w) => expect(w).toBeLessThanOrEqual(width),
  );

async function task(id: string) {
  const { data } = await dataProvider(app, await login(app, 'staff')).getOne('tasks', { id });
  return data as { status: string; points: number; title: string; photos: { id: number }[] };
}

describe('the board on a member’s phone', () => {
  const open = pagesPerTest(() => ({ app, browser }));

  it('claims, reports with a camera photo and shows the points, all within the screen', async () => {
    const { data: listed } = await dataProvider(app, await login(app, 'member')).getList('tasks', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
      filter: { status: 'listed', tier: 'small' },
    });
    const id = String(listed[0].id);

    const member = await open('member', 'phone');
    const { page } = member;
    // The way a member gets there: the menu button, then the board in the drawer.
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '揭榜领单看板' }).click();
    await page.getByRole('tab', { name: /^已张榜/ }).waitFor();
    await noSidewaysScroll(member, 390);
    // The title is not covered: the language menu is one icon on a phone.
    await page.getByRole('button', { name: '语言' }).waitFor();
    await hasCount(page.getByRole('button', { name: /简体中文/ }), 0);

    const card = page.getByRole('region', { name: '已张榜' }).locator(`[data-task="${id}"]`);
    await card.getByRole('button', { name: '揭榜', exact: true }).click();
    const claim = page.getByRole('dialog');
    await insideScreen(page, claim);
    await claim.getByRole('button', { name: '揭榜', exact: true }).click();
    await page.getByText('揭榜成功').waitFor();
    expect((await task(id)).status).toBe('claimed');

    await page.getByRole('tab', { name: /^已揭榜/ }).click();
    const mine = page.getByRole('region', { name: '已揭榜' }).locator(`[data-task="${id}"]`);
    await mine.getByRole('button', { name: '报告办结', exact: true }).click();
    const report = page.getByRole('dialog');
    await insideScreen(page, report);
    await report.getByLabel(/办理情况/).fill('已陪同老人复诊，拍照留存');
    await report.getByLabel(/办结日期/).fill(today());
    const camera = report.getByLabel('拍照或选择照片');
    expect(await camera.getAttribute('accept')).toBe('image/*');
    expect(await camera.getAttribute('capture')).toBe('environment');
    await camera.setInputFiles({ name: 'IMG_0001.png', mimeType: 'image/png', buffer: PNG });
    await report.getByTestId('photo').waitFor();
    await insideScreen(page, report);
    await report.getByRole('button', { name: '报告办结', exact: true }).click();
    await page.getByText('报告办结成功').waitFor();
    const reported = await task(id);
    expect(reported.status).toBe('submitted');
    expect(reported.photos).toHaveLength(1);
    await noSidewaysScroll(member, 390);

    const approved = await api(app, await login(app, 'supervisor')).post(`/api/panel/tasks/${id}/approve`);
    expect(approved.status).toBe(200);

    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '党员五亮' }).click();
    await page.getByTestId('points-entries').getByText(reported.title).first().waitFor();
    await noSidewaysScroll(member, 390);
    // The ledger and the objections as rows that fit the screen, not a table squeezed to a character a line.
    await page.goto('/points-entries');
    await page.locator('#main-content').getByText(reported.title).first().waitFor();
    await hasCount(page.locator('#main-content table'), 0);
    await noSidewaysScroll(member, 390);
    await page.goto('/objections');
    await containsText(page.locator('#react-admin-title'), '异议');
    await noSidewaysScroll(member, 390);
  });
});

describe('the board on a wide desktop', () => {
  const open = pagesPerTest(() => ({ app, browser }));

  it('wraps its columns instead of scrolling, and shows the latest finished work with a link to all', async () => {
    const before = (
      await dataProvider(app, await login(app, 'staff')).getList('tasks', {
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
        filter: { status: 'approved' },
      })
    ).total as number;
    const member = (await api(app, await login(app, 'member')).get('/api/panel/me')).body.member as string;
    for (let i = before; i < 7; i += 1)
      await makeTask(app.strapi, 'approved', { tier: 'small', member, title: `已办结任务${i}` });
    const approved = Math.max(before, 7);

    const staff = await open('staff', 'wide');
    const { page } = staff;
    await page.goto('/board');
    const done = page.getByRole('region', { name: '已办结' });
    await hasText(done.getByRole('heading'), `已办结 · ${approved} 件`);
    await hasCount(done.getByTestId('task-card'), 5);
    await noSidewaysScroll(staff, 1440);

    await done.getByRole('link', { name: '查看全部 →' }).click();
    await eventually(
      () => page.evaluate(() => decodeURIComponent(location.pathname + location.search)),
      (url) => expect(url).toContain('/tasks?filter={"status":"approved"}'),
    );
    await page.getByText(`共 ${approved} 条`).first().waitFor();
  });
});
