/**
 * Headless Chromium on the panel the booted server serves at `/`. There are no CJK fonts on the test
 * machines, so tests read text from the page, never pixels. Every page records what went wrong in it
 * (script errors, failed API calls, untranslated keys) so a test can insist there was nothing.
 */
import fs from 'fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

/** Flags of @sparticuz/chromium that suit a Lambda but not a test run with several pages. */
const UNWANTED = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

export async function launchBrowser(): Promise<Browser> {
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (system) return chromium.launch({ executablePath: system, args: ['--no-sandbox'] });
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: [...sparticuz.args.filter((a) => !UNWANTED.has(a)), '--no-sandbox'],
    headless: true,
  });
}

/** The real server on a fresh copy of the demo district, and a headless browser: one test file's own. */
export async function boot(): Promise<{ app: TestApp; browser: Browser }> {
  const [app, browser] = await Promise.all([
    timed('strapi', startStrapi()),
    timed('chromium', launchBrowser()),
  ]);
  return { app, browser };
}

/** With BOOT_TIMINGS set, says on stderr how long each part of a file's boot took (to see where time goes). */
async function timed<T>(what: string, started: Promise<T>): Promise<T> {
  const t0 = Date.now();
  const value = await started;
  if (process.env.BOOT_TIMINGS) process.stderr.write(`boot ${what}: ${Date.now() - t0} ms\n`);
  return value;
}

/** Closes what boot() started (either may be missing when starting failed). */
export async function shutDown({ app, browser }: { app?: TestApp; browser?: Browser }): Promise<void> {
  await browser?.close();
  await app?.stop();
}

/**
 * A workflow step as a user takes it: its button (inside `within`, a card say, or anywhere on the page),
 * the dialog's fields by label, then the dialog's confirming button of the same name.
 */
export async function step(
  page: Page,
  label: string,
  fill: Record<string, string> = {},
  within: Locator = page.locator('body'),
): Promise<void> {
  await within.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog');
  for (const [field, value] of Object.entries(fill))
    await dialog.getByLabel(new RegExp(`^${field}`)).fill(value);
  await dialog.getByRole('button', { name: label, exact: true }).click();
}

export interface PanelPage {
  page: Page;
  context: BrowserContext;
  /** Script errors, API calls that failed with a 5xx, and i18n keys shown untranslated. */
  problems: string[];
}

/** The screens the panel is tried on: a desktop's, and a phone's (a 390 px wide touch screen). */
export const SCREENS = {
  desktop: { viewport: { width: 1400, height: 1000 } },
  wide: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
} as const;

export async function openPanel(
  browser: Browser,
  app: TestApp,
  locale?: 'en',
  screen: keyof typeof SCREENS = 'desktop',
): Promise<PanelPage> {
  const context = await browser.newContext({ baseURL: app.url, ...SCREENS[screen] });
  if (locale) {
    await context.addInitScript((l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
  }
  // Test machines share their cores; a busy one may take a while to render a screen.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (/Missing translation/i.test(m.text())) problems.push(`untranslated: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 500) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return { page, context, problems };
}

/**
 * Logs in through the login page and waits for the panel: its menu on a desktop; on a phone, where the
 * menu folds into a drawer, the button that opens it.
 */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[type=submit]').click();
  await page
    .getByRole('menuitem')
    .or(page.getByRole('button', { name: /打开菜单|Open menu/ }))
    .first()
    .waitFor();
}

/**
 * The pages a test opens, each logged in as its user: after each test none may have had a problem (a
 * script error, a failed call, an untranslated key), and all close. Call it in a describe block.
 */
export function pagesPerTest(env: () => { app: TestApp; browser: Browser }) {
  const panels: PanelPage[] = [];
  afterEach(async () => {
    for (const p of panels.splice(0)) {
      expect(p.problems).toEqual([]);
      await p.context.close();
    }
  });
  return async (
    username: string,
    screen: keyof typeof SCREENS = 'desktop',
    locale?: 'en',
  ): Promise<PanelPage> => {
    const { app, browser } = env();
    const p = await openPanel(browser, app, locale, screen);
    panels.push(p);
    await logIn(p.page, username);
    return p;
  };
}

/** A 1×1 PNG: an image the server takes, small enough for any test. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** How far the page reaches sideways: at most the screen's width when nothing scrolls sideways. */
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The dialog's box lies inside the screen (nothing to scroll to, every button in reach). */
export async function insideScreen(page: Page, dialog: Locator): Promise<void> {
  const screen = page.viewportSize() ?? { width: 0, height: 0 };
  await eventually(
    () => dialog.boundingBox(),
    (box) => {
      expect(box).not.toBeNull();
      const { x, y, width, height } = box ?? { x: -1, y: -1, width: 0, height: 0 };
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + width).toBeLessThanOrEqual(screen.width);
      expect(y + height).toBeLessThanOrEqual(screen.height);
    },
  );
}

/** How long a retrying assertion waits for the page to settle; test machines share their cores. */
const PATIENCE = 30_000;

/**
 * A retrying assertion, as Playwright's `expect(locator)…` (playwright-core ships no test runner): reads
 * `read` until `check` (jest expectations on what was read) passes, and fails with its last complaint when
 * the page has not got there in time.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => void,
  timeout = PATIENCE,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      check(await read());
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The locator's text, spaces squeezed, once it is exactly `text` (or matches it). */
export const hasText = (locator: Locator, text: string | RegExp) =>
  eventually(
    () => locator.innerText(),
    (t) => {
      const squeezed = t.replace(/\s+/g, ' ').trim();
      if (typeof text === 'string') expect(squeezed).toBe(text);
      else expect(squeezed).toMatch(text);
    },
  );

/** The locator's text once it contains `text`. */
export const containsText = (locator: Locator, text: string) =>
  eventually(
    () => locator.innerText(),
    (t) => expect(t.replace(/\s+/g, ' ')).toContain(text),
  );

/** The page shows no i18n key untranslated (checked once it has settled, a while after it rendered). */
export const noRawKeys = (page: Page) =>
  eventually(
    () => page.locator('body').innerText(),
    (t) => expect(t).not.toMatch(RAW_KEY),
  );

/** The input's value once it is `value`. */
export const hasValue = (locator: Locator, value: string) =>
  eventually(
    () => locator.inputValue(),
    (v) => expect(v).toBe(value),
  );

/** How many elements the locator finds, once it is `n`. */
export const hasCount = (locator: Locator, n: number) =>
  eventually(
    () => locator.count(),
    (c) => expect(c).toBe(n),
  );

/** The texts of the side menu's entries. */
export async function menuEntries(page: Page): Promise<string[]> {
  await page.getByRole('menuitem').first().waitFor();
  return (await page.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
}

/** Text that looks like an i18n key left untranslated (`ra.action.save`, `resources.workers.fields.name`). */
export const RAW_KEY = /\b(ra|app|resources)\.[a-z_-]+\.[A-Za-z_.-]+/;

/**
 * Picks `option` in the select input of `source` and waits for its menu to be gone: a closing menu gives
 * the focus back to its select, so an input filled while it still closes (a busy machine's slow
 * transition) loses the focus and its own suggestions. A menu that a re-render opened again (a list's
 * filter form) is closed with Escape once the choice shows.
 */
export async function choose(page: Page, source: string, option: string): Promise<void> {
  const select = page.locator(`.ra-input-${source} [role=combobox]`);
  await select.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await containsText(select, option);
  const menu = page.getByRole('listbox');
  await eventually(
    async () => {
      if (await menu.isVisible()) await page.keyboard.press('Escape');
      return menu.count();
    },
    (open) => expect(open).toBe(0),
  );
}
