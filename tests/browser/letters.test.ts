/**
 * Commendation letters from the panel: a confirmed commendation's page downloads its letters as a PDF and
 * opens them to print; a proposed one offers neither; the list downloads a whole year's letters.
 */
import { districtToday } from '@yanzhen/config';
import type { Browser, Download } from 'playwright-core';
import { api, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, eventually, hasCount, pagesPerTest, shutDown } from './panel';

let app: TestApp;
let browser: Browser;
/** A confirmed commendation of this year and a proposed one. */
let confirmed: { id: string; year: number };
let proposed: { id: string };

beforeAll(async () => {
  ({ app, browser } = await boot());
  const supervisor = api(app, await login(app, 'supervisor'));
  const year = Number(districtToday().slice(0, 4));
  await supervisor.post('/api/panel/commendations/propose').send({ year });
  const filter = encodeURIComponent(JSON.stringify({ year, status: 'proposed' }));
  const list = (await supervisor.get(`/api/panel/commendations?range=[0,9]&filter=${filter}`)).body;
  expect(list.length).toBeGreaterThanOrEqual(2);
  confirmed = (await supervisor.post(`/api/panel/commendations/${list[0].id}/confirm`).send({})).body;
  proposed = list[1];
});
afterAll(() => shutDown({ app, browser }));

const bytes = async (download: Download) => {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

describe('commendation letters in the panel', () => {
  const open = pagesPerTest(() => ({ app, browser }));

  it('downloads a confirmed commendation’s letters as a PDF and opens them to print', async () => {
    const { page, context } = await open('supervisor');
    await page.goto(`/commendations/${confirmed.id}/show`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`commendation-${confirmed.year}-${confirmed.id}.pdf`);
    expect((await bytes(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The tab gets the PDF for the browser's viewer to print; headless Chromium has no viewer and saves it.
    const printed = new Promise<Download>((resolve) =>
      context.once('page', (tab) => tab.once('download', resolve)),
    );
    await page.getByRole('button', { name: '打印' }).click();
    expect((await bytes(await printed)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('downloads the letters on a phone too', async () => {
    const { page } = await open('supervisor', 'phone');
    await page.goto(`/commendations/${confirmed.id}/show`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 PDF' }).click(),
    ]);
    expect((await bytes(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('offers no letter on a commendation not yet confirmed', async () => {
    const { page } = await open('supervisor');
    await page.goto(`/commendations/${proposed.id}/show`);
    await page.getByRole('button', { name: '确认表彰' }).waitFor();
    await hasCount(page.getByRole('button', { name: '下载 PDF' }), 0);
    await hasCount(page.getByRole('button', { name: '打印' }), 0);
  });

  it('downloads the year’s letters from the list, this year unless told', async () => {
    const { page } = await open('supervisor');
    await page.goto('/commendations');
    await page.getByRole('button', { name: '下载全年表彰信' }).click();
    const dialog = page.getByRole('dialog');
    await eventually(
      () => dialog.getByLabel('年度').inputValue(),
      (v) => expect(v).toBe(String(confirmed.year)),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '下载', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`commendations-${confirmed.year}.pdf`);
    expect((await bytes(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await hasCount(dialog, 0);
  });

  it('says in words when a year has no confirmed commendation', async () => {
    const { page } = await open('supervisor');
    await page.goto('/commendations');
    await page.getByRole('button', { name: '下载全年表彰信' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('年度').fill('2001');
    await dialog.getByRole('button', { name: '下载', exact: true }).click();
    await page.getByText('2001 年度还没有已确认的表彰，没有可下载的表彰信').waitFor();
  });
});
