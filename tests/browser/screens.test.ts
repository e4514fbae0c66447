/**
 * Every resource's screens open without an error and without an untranslated word: the supervisor
 * (who may read everything) sees every list and a record of each, staff see every create form they may
 * fill. Navigation stays inside the page (as a click on the menu does), so the whole tour is quick.
 */
import type { Browser, Page } from 'playwright-core';
import { api, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, choose, eventually, logIn, openPanel, RAW_KEY, shutDown, type PanelPage } from './panel';

interface Described {
  name: string;
  kind: string;
  can: Record<string, boolean>;
  labels: { zh: string };
  fields: { name: string; format?: string }[];
}

/** How a list cell of each number format reads (issue 13): `2025`, `50%`, `¥12,345.00`, or empty. */
const FORMATTED: Record<string, RegExp> = {
  year: /^(\d{4})?$/,
  percent: /^(\d{1,3}(\.\d)?%)?$/,
  money: /^(-?¥\d{1,3}(,\d{3})*\.\d{2})?$/,
};

/** The cells of the list's formatted columns that read otherwise; how many cells were read. */
async function misformatted(page: Page, r: Described) {
  const bad: string[] = [];
  let read = 0;
  for (const f of r.fields) {
    const pattern = f.format && FORMATTED[f.format];
    if (!pattern) continue;
    const cells = await page.locator(`tbody td.column-${f.name}`).allInnerTexts();
    read += cells.length;
    bad.push(...cells.filter((c) => !pattern.test(c.trim())).map((c) => `${r.name}.${f.name}: ${c}`));
  }
  return { bad, read };
}

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

async function resourcesOf(username: string): Promise<Described[]> {
  const res = await api(app, await login(app, username)).get('/api/panel/schema');
  return res.body.resources as Described[];
}

/** A tour of thirty screens takes a while on a busy machine. */
const TOUR_MS = 300_000;

/** Client-side navigation, as the menu does it. */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    window.history.pushState({}, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function expectClean(panel: PanelPage, where: string): Promise<void> {
  await eventually(
    () => panel.page.locator('body').innerText(),
    (text) =>
      expect({ where, raw: RAW_KEY.exec(text)?.[0] ?? null, problems: panel.problems }).toEqual({
        where,
        raw: null,
        problems: [],
      }),
  );
}

describe('every screen of every resource', () => {
  it(
    'opens each list and a record of each, as the supervisor',
    async () => {
      const panel = await openPanel(browser, app);
      const { page } = panel;
      await logIn(page, 'supervisor');
      const jwt = await login(app, 'supervisor');
      let formatted = 0;
      for (const r of (await resourcesOf('supervisor')).filter((x) => x.can.find)) {
        await go(page, `/${r.name}`);
        await page.locator('main').getByText(r.labels.zh).first().waitFor();
        // Rows, react-admin's empty page, or — for a list a step fills (showcases) — its empty table.
        await page
          .locator('tbody tr, .RaEmpty-message, .RaList-noResults')
          .or(page.locator('main').getByText(/^没有找到/))
          .first()
          .waitFor();
        await expectClean(panel, `${r.name} list`);
        let cells = { bad: [] as string[], read: 0 };
        await eventually(
          async () => (cells = await misformatted(page, r)),
          ({ bad }) => expect(bad).toEqual([]),
        );
        formatted += cells.read;
        const { body: rows } = await api(app, jwt).get(`/api/panel/${r.name}?range=[0,0]`);
        if (!r.can.findOne || rows.length === 0) continue;
        await go(page, `/${r.name}/${rows[0].id}/show`);
        await page.locator('.RaShow-main .ra-field').first().waitFor();
        await expectClean(panel, `${r.name} record`);
      }
      // Years at least (appraisals, honours, pay scales …) were read as a clerk reads them.
      expect(formatted).toBeGreaterThan(0);
      await panel.context.close();
    },
    TOUR_MS,
  );

  it.each(['staff', 'supervisor'])(
    'opens each create form %s may fill',
    async (username) => {
      const panel = await openPanel(browser, app);
      const { page } = panel;
      await logIn(page, username);
      for (const r of (await resourcesOf(username)).filter((x) => x.can.create)) {
        await go(page, `/${r.name}/create`);
        await page.locator('form .ra-input').first().waitFor();
        await expectClean(panel, `${r.name} create`);
      }
      await panel.context.close();
    },
    TOUR_MS,
  );
});

describe('accounts', () => {
  it('are created by the supervisor with a role and a scope, and the new account works within it', async () => {
    const panel = await openPanel(browser, app);
    const { page } = panel;
    await logIn(page, 'supervisor');
    await page.goto('/users/create');
    await page.getByLabel(/^用户名/).fill('clerk2');
    await page.getByLabel(/^邮箱/).fill('clerk2@example.org');
    await page.getByLabel(/^密码/).fill('a-long-password');
    await choose(page, 'role', '业务人员');
    await page.getByLabel(/^管辖社区/).fill('和平');
    await page.getByRole('option', { name: '和平社区' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/users\/[^/]+\/show$/);
    expect(panel.problems).toEqual([]);
    await panel.context.close();

    const clerk = await openPanel(browser, app);
    await logIn(clerk.page, 'clerk2', 'a-long-password');
    await clerk.page.goto('/workers');
    await clerk.page.getByText(/共 \d+ 条/).waitFor();
    await eventually(
      () => clerk.page.locator('tbody tr td.column-community').allInnerTexts(),
      (communities) => expect(new Set(communities)).toEqual(new Set(['和平社区'])),
    );
    expect(clerk.problems).toEqual([]);
    await clerk.context.close();
  });
});
