/**
 * An accessibility pass (axe-core) over the panel's main screens and the public pages, in Chinese: no
 * critical or serious violation. Each violation is reported by rule, with the elements it found.
 */
import fs from 'fs';
import type { Browser, Page } from 'playwright-core';
import { api, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, hasCount, logIn, SCREENS, shutDown } from './panel';

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

/** The page as the server sends it, its Content Security Policy aside so that axe's script can run in it. */
const seen = () => ({ baseURL: app.url, bypassCSP: true });

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** The page's critical and serious violations, as `rule (n): first targets`. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  })) as Violation[];
  return found
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`)
          .join(' | ')}`,
    );
}

/** A desktop page signed in as `username`, its CSP aside for axe. */
async function signedIn(username: string) {
  const context = await browser.newContext({ ...seen(), ...SCREENS.desktop });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await logIn(page, username);
  return { page, context };
}

describe('accessibility', () => {
  it('finds no critical or serious violation on the panel’s screens and every list', async () => {
    const { page, context } = await signedIn('staff');
    const one = async (resource: string) =>
      (await api(app, await login(app, 'staff')).get(`/api/panel/${resource}?range=[0,0]`)).body[0].id;
    const screens: [string, () => Promise<unknown>][] = [
      ['/', () => page.getByRole('heading', { name: '社区党组织书记（头雁）' }).waitFor()],
      ['/workers', () => page.locator('tbody tr').first().waitFor()],
      [`/workers/${await one('workers')}/show`, () => page.getByText('身份证号').first().waitFor()],
      [`/workers/${await one('workers')}`, () => page.getByRole('button', { name: '保存' }).waitFor()],
      ['/workers/create', () => page.getByRole('button', { name: '保存' }).waitFor()],
      ['/tasks', () => page.locator('tbody tr').first().waitFor()],
      ['/board', () => page.getByRole('region').first().waitFor()],
    ];
    // Every list the supervisor reads (they read every resource): the generic screens, one by one.
    const lists = (
      (await api(app, await login(app, 'supervisor')).get('/api/panel/schema')).body.resources as {
        name: string;
        kind: string;
        can: { find: boolean };
      }[]
    ).filter((r) => r.can.find && r.kind === 'collectionType');
    const report: Record<string, string[]> = {};
    for (const [path, ready] of screens) {
      await page.goto(path);
      await ready();
      report[path] = await violations(page);
    }
    await context.close();
    const supervisor = await signedIn('supervisor');
    for (const r of lists) {
      await supervisor.page.goto(`/${r.name}`);
      // The list has come: its rows, or its empty page, and nothing is loading any more.
      await supervisor.page.locator('.RaList-main, .RaEmpty-message').first().waitFor();
      await hasCount(supervisor.page.locator('[role=progressbar]'), 0);
      report[`/${r.name}`] = await violations(supervisor.page);
    }
    await supervisor.context.close();
    expect(report).toEqual(
      Object.fromEntries([...screens.map(([p]) => p), ...lists.map((r) => `/${r.name}`)].map((p) => [p, []])),
    );
  });

  it.each(['/public/stories', '/public/board', '/public/scores', '/public/showcases'])(
    'finds none on %s',
    async (path) => {
      const context = await browser.newContext({ ...seen(), ...SCREENS.phone });
      const page = await context.newPage();
      await page.goto(path);
      const found = await violations(page);
      await context.close();
      expect(found).toEqual([]);
    },
  );
});
