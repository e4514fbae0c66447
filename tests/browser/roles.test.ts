/**
 * Each demo account in the panel: the menu holds what the account's role may read, grouped by the
 * document's programmes, in Chinese, and the dashboard shows the demo district's figures.
 */
import { catalogs } from '@yanzhen/config';
import type { Browser } from 'playwright-core';
import { pageMessages, pagesFor } from '../../admin-ui/src/pages';
import type { Tree } from '../../admin-ui/src/pages/types';
import { api, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { logIn, menuEntries, openPanel, boot, shutDown } from './panel';
import { containsText, eventually, hasCount, hasText, noRawKeys } from './panel';

const zh = catalogs.zh;
const label = (resource: string) => zh.resources[resource].name;

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

const PROGRAMMES = ['organisation', 'training', 'incentives', 'board', 'system'].map((g) => zh.groups[g]);

/** The resources the server says the account may list, by their Chinese names. */
async function readable(username: string): Promise<string[]> {
  const res = await api(app, await login(app, username)).get('/api/panel/schema');
  const resources = res.body.resources as { name: string; can: { find: boolean } }[];
  return resources.filter((r) => r.can.find).map((r) => label(r.name));
}

/** A message of the programmes' pages by its key (`app.board_pages.menu`). */
function pageText(key: string): string {
  for (const tree of pageMessages('zh')) {
    const found = key
      .split('.')
      .reduce<Tree | string | undefined>((t, k) => (t && typeof t === 'object' ? t[k] : undefined), tree);
    if (typeof found === 'string') return found;
  }
  throw new Error(`no text for ${key}`);
}

/** The programmes' own pages in the account's menu (the board, queues, progress pages). */
async function pages(username: string): Promise<string[]> {
  const session = api(app, await login(app, username));
  const [me, schema] = await Promise.all([session.get('/api/panel/me'), session.get('/api/panel/schema')]);
  return pagesFor({ me: me.body, schema: schema.body }).flatMap((p) =>
    p.menu ? [pageText(p.menu.label)] : [],
  );
}

describe.each([
  ['staff', ['社区工作者', '培训', '薪酬标准（四岗八级）', '民生实事任务'], ['操作日志', '账号']],
  ['clerk', ['社区工作者', '民生实事任务'], ['操作日志', '账号']],
  ['publicity', ['榜样故事', '荣誉'], ['民生实事任务', '培训', '操作日志']],
  ['supervisor', ['操作日志', '账号', '民生实事任务', '年度考核'], []],
  ['member', ['民生实事任务', '榜单期次', '积分台账'], ['社区工作者', '培训', '操作日志']],
  ['unit', ['民生实事任务', '榜单期次', '积分台账'], ['社区工作者', '培训', '操作日志']],
])('%s', (username, sees, doesNotSee) => {
  it('finds in the menu exactly what the role may read, grouped under the programmes', async () => {
    const { page, context, problems } = await openPanel(browser, app);
    await logIn(page, username);
    const expected = [zh.groups.dashboard, ...(await readable(username)), ...(await pages(username))];
    await eventually(
      () => menuEntries(page),
      (menu) => {
        expect(menu).toEqual(expect.arrayContaining(sees));
        for (const hidden of doesNotSee) expect(menu).not.toContain(hidden);
        expect([...menu].sort()).toEqual(expected.sort());
      },
    );
    // Every resource sits under one of the programmes, which keep the document's order.
    await eventually(
      () => page.locator('.MuiListSubheader-root').allInnerTexts(),
      (groups) => {
        expect(groups).toEqual(PROGRAMMES.filter((g) => groups.includes(g)));
        if (username === 'staff' || username === 'supervisor') expect(groups).toEqual(PROGRAMMES);
      },
    );
    await noRawKeys(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the dashboard', () => {
  it("shows the demo district's figures as cards and charts", async () => {
    const { page, context, problems } = await openPanel(browser, app);
    await logIn(page, 'staff');
    const card = (title: string) =>
      page.locator('.MuiCard-root').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await card('社区党组织书记（头雁）').waitFor();
    const shows = (title: string, text: RegExp) =>
      eventually(
        () => card(title).innerText(),
        (t) => expect(t.replace(/\s+/g, ' ')).toMatch(text),
      );
    await shows(
      '社区党组织书记（头雁）',
      /39 ?人 书记人数 37\.9 ?岁 平均年龄 69\.2% 大专及以上 100% 书记主任一肩挑/,
    );
    await containsText(card('招聘社区工作者'), '115');
    await shows('学历提升', /48 开设课程 71 ?人 在册学员 71 ?人 首批学员/);
    await shows('实践锻炼', /35 小区党支部 64 红色业委会 27 ?人 领办社区工作者/);
    await shows('挂职锻炼', /21 ?人 选派/);
    await shows('荣誉激励', /21 ?人 两代表一委员 1 全国先进集体 11 治理示范小区/);
    await shows('五亮五共 · 揭榜领单', /2 ?件 大榜办结 28 ?件 小榜办结 5 ?件 急难愁盼解决/);
    await containsText(card('培训人次（按层级）'), '省级 30 · 市级 80 · 区级 1,200 · 镇级 100');
    await containsText(card('本期任务状态'), '已张榜 6 · 已揭榜 4 · 待验收 3 · 已办结 30');
    await containsText(card('各社区后备干部'), '所有社区均已达标');
    // The charts are drawn (SVG bars), one per level, status and community.
    await hasCount(card('各社区后备干部').locator('.recharts-bar-rectangle'), 39);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the list behind a figure: 39 书记 are the 39 secretaries', async () => {
    const { page, context, problems } = await openPanel(browser, app);
    await logIn(page, 'staff');
    await page.getByRole('link', { name: '39人 书记人数' }).click();
    await page.waitForURL(/\/workers\?/);
    await page.getByText('共 39 条').waitFor();
    await page.goto('/');
    await page.getByRole('link', { name: '28件 小榜办结' }).click();
    await page.getByText('共 28 条').waitFor();
    await eventually(
      () => page.locator('tbody tr').allInnerTexts(),
      (rows) =>
        expect(rows).toEqual(Array(25).fill(expect.stringMatching(/小榜[\s\S]*已办结|已办结[\s\S]*小榜/))),
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a supervisor what waits for approval, each a link to the list of it', async () => {
    const { page, context, problems } = await openPanel(browser, app);
    await logIn(page, 'supervisor');
    const todo = page.locator('.MuiCard-root', { hasText: '待办' });
    const waiting = todo.getByRole('link', { name: /民生实事任务 · 待验收 \d+/ });
    await waiting.waitFor();
    const { body: overview } = await api(app, await login(app, 'supervisor')).get(
      '/api/panel/stats/overview',
    );
    await hasText(waiting, `民生实事任务 · 待验收 ${overview.board.awaitingApproval}`);
    await waiting.click();
    await page.getByText(`共 ${overview.board.awaitingApproval} 条`).waitFor();
    await eventually(
      () => page.locator('tbody tr').allInnerTexts(),
      (rows) =>
        expect(rows).toEqual(Array(overview.board.awaitingApproval).fill(expect.stringContaining('待验收'))),
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('greets a member with the way to the board instead of figures it may not read', async () => {
    const { page, context, problems } = await openPanel(browser, app);
    await logIn(page, 'member');
    await page.getByText('member，您好').waitFor();
    await hasCount(page.locator('main').getByRole('link', { name: label('tasks'), exact: true }), 1);
    await hasCount(page.locator('.MuiCard-root', { hasText: '社区党组织书记' }), 0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('speaks English when asked', async () => {
    const { page, context, problems } = await openPanel(browser, app, 'en');
    await logIn(page, 'staff');
    await page.getByText('Community party secretaries').waitFor();
    await eventually(
      () => menuEntries(page),
      (menu) =>
        expect(menu).toEqual(expect.arrayContaining([catalogs.en.resources.workers.name, 'Dashboard'])),
    );
    await noRawKeys(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('logging in and out', () => {
  it('refuses a wrong password in Chinese', async () => {
    const { page, context } = await openPanel(browser, app);
    await page.goto('/login');
    await page.locator('input[name=username]').fill('staff');
    await page.locator('input[name=password]').fill('not-the-password');
    await page.locator('button[type=submit]').click();
    await page.getByText('用户名或密码不正确，请重试').waitFor();
    await context.close();
  });

  it.each([
    ['the server no longer accepts', () => 'x.eyJpZCI6MX0.y'],
    ['has expired', () => `x.${Buffer.from(JSON.stringify({ id: 1, exp: 1 })).toString('base64url')}.y`],
  ])('sends a user whose token %s back to the login page, saying why', async (_why, token) => {
    const { page, context } = await openPanel(browser, app);
    await logIn(page, 'staff');
    await page.evaluate((t) => localStorage.setItem('yanzhen.jwt', t), token());
    await page.goto('/workers');
    await page.waitForURL(/\/login$/);
    await page.getByText('登录已失效，请重新登录').waitFor();
    await context.close();
  });

  it('logs out from the user menu', async () => {
    const { page, context, problems } = await openPanel(browser, app);
    await logIn(page, 'publicity');
    await page.getByRole('button', { name: 'publicity 的账户' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL(/\/login$/);
    await eventually(
      () => page.evaluate(() => localStorage.getItem('yanzhen.jwt')),
      (jwt) => expect(jwt).toBeNull(),
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
