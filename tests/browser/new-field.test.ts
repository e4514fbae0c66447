/**
 * A field added to a content type reaches the panel with no UI code. Strapi boots from a copy of the
 * compiled app whose worker schema gained two attributes — what the content-type builder writes into
 * schema.json — and migrates the test database as it would after such a change; the panel then offers
 * inputs that fit them, checks their ranges, saves them, shows them and lists them.
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { CMS, ROOT } from '../helpers/env';
import { dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, choose, eventually, hasText, logIn, openPanel, shutDown, type PanelPage } from './panel';

// Inside the repository (not TEST_TMP, which may be elsewhere): the copy must find its node_modules.
const DIST = path.join(ROOT, 'tests/.tmp', `dist-new-field-${process.pid}`);

// The only change to the test harness: Strapi loads the app from the copy instead of cms/dist.
jest.mock('@strapi/strapi', () => {
  const actual = jest.requireActual('@strapi/strapi');
  return {
    ...actual,
    createStrapi: (options: { distDir: string }) =>
      actual.createStrapi({ ...options, distDir: process.env.NEW_FIELD_DIST ?? options.distDir }),
  };
});

function copyAppWithNewFields(): void {
  fs.rmSync(DIST, { recursive: true, force: true });
  for (const dir of ['src', 'config'])
    fs.cpSync(path.join(CMS, 'dist', dir), path.join(DIST, dir), { recursive: true });
  // The copy resolves packages as cms/dist does: the cms workspace's own first (lru-cache 11, not the
  // older one hoisted to the root for other packages).
  const own = path.join(CMS, 'node_modules');
  if (fs.existsSync(own)) fs.symlinkSync(own, path.join(DIST, 'node_modules'), 'dir');
  const file = path.join(DIST, 'src/api/worker/content-types/worker/schema.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  schema.attributes.volunteerHours = { type: 'integer', min: 0, max: 2000 };
  schema.attributes.shirtSize = { type: 'enumeration', enum: ['S', 'M', 'L'] };
  fs.writeFileSync(file, JSON.stringify(schema, null, 2));
  process.env.NEW_FIELD_DIST = DIST;
}

let app: TestApp;
let browser: Browser;
let panel: PanelPage;
let page: Page;

beforeAll(async () => {
  copyAppWithNewFields();
  ({ app, browser } = await boot());
  panel = await openPanel(browser, app);
  page = panel.page;
  await logIn(page, 'staff');
});
afterAll(async () => {
  await shutDown({ app, browser });
  delete process.env.NEW_FIELD_DIST;
  fs.rmSync(DIST, { recursive: true, force: true });
});

describe('fields added to the worker content type', () => {
  let id = '';

  it('get inputs on the edit form that fit their type and range', async () => {
    const staff = dataProvider(app, await login(app, 'staff'));
    const { data } = await staff.getList('workers', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    id = String(data[0].id);
    await page.goto(`/workers/${id}`);
    const hours = page.locator('.ra-input-volunteerHours input');
    await eventually(
      () => hours.getAttribute('type'),
      (t) => expect(t).toBe('number'),
    );
    await hasText(page.locator('.ra-input-volunteerHours label'), 'volunteerHours');
    await hours.fill('3000');
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.ra-input-volunteerHours').getByText('不能大于 2000').waitFor();

    await hours.fill('120');
    await choose(page, 'shirtSize', 'M');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/workers(\?.*)?$/);
    const { data: saved } = await staff.getOne('workers', { id });
    expect(saved).toMatchObject({ volunteerHours: 120, shirtSize: 'M' });
  });

  it('are shown on the record and offered as list columns', async () => {
    await page.goto(`/workers/${id}/show`);
    const row = page.locator('.ra-field-volunteerHours');
    await hasText(row, 'volunteerHours 120');
    await hasText(page.locator('.ra-field-shirtSize'), 'shirtSize M');

    await page.goto('/workers');
    await page.getByRole('button', { name: '显示列' }).click();
    const offered = page.getByRole('menu');
    await offered.getByText('volunteerHours').waitFor();
    await offered.getByText('volunteerHours').click();
    await page.keyboard.press('Escape');
    await page.locator('thead').getByText('volunteerHours').waitFor();
    expect(panel.problems).toEqual([]);
  });
});
