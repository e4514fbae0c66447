/**
 * The import dialog end to end (issue 12): a clerk checks a filled-in sheet, sees the bad row by row
 * and column in the form's words, skips it and imports the rest; the list then shows the new worker. A
 * big file goes in with a progress bar, its failed rows download as a workbook, and the job is listed
 * under 导入任务.
 */
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import { api, login } from '../helpers/session';
import { idNumber, WORKER_HEAD, workerRow, wrongCheck } from '../helpers/sheets';
import type { TestApp } from '../helpers/strapi';
import { boot, hasCount, logIn, openPanel, shutDown, type PanelPage } from './panel';

let app: TestApp;
let browser: Browser;
let panel: PanelPage | undefined;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(async () => {
  if (panel) {
    expect(panel.problems).toEqual([]);
    await panel.context.close();
  }
  await shutDown({ app, browser });
});

it('checks a sheet, shows its bad row, and imports the valid ones', async () => {
  const staff = api(app, await login(app, 'staff'));
  const [community] = (await staff.get('/api/panel/communities?range=[0,0]&sort=["id","ASC"]')).body;
  const head = '姓名,身份证号,学历,政治面貌,所在社区,岗位,岗位等级（四岗）,薪级（八级）,在岗状态,职业资格';
  const rest = `本科,中共党员,${community.name},专职社区工作者,3,2,在岗,无`;
  const csv = [
    head,
    `界面导入,${idNumber('1989-04-04', '315')},${rest}`,
    `坏身份证,110105198904043151,${rest}`,
  ].join('\n');

  panel = await openPanel(browser, app);
  const { page } = panel;
  await logIn(page, 'staff');
  await page.goto('/workers');
  await page.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入社区工作者' });
  await dialog.getByRole('button', { name: '下载导入模板' }).waitFor();
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: '花名册.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByText('已选择：花名册.csv').waitFor();
  await dialog.getByRole('button', { name: '检查文件' }).click();
  await dialog.getByText('共 2 行：新增 1 行，更新 0 行，无变化 0 行，有误 1 行').waitFor();
  const errors = dialog.getByRole('table', { name: /有误的行/ });
  await errors
    .getByRole('row')
    .filter({ hasText: '身份证号校验位不正确，请核对' })
    .filter({ hasText: '3' })
    .waitFor();
  // Nothing is written until the clerk says so, and not while a row is wrong.
  await dialog.getByRole('button', { name: '导入', exact: true }).and(page.locator('[disabled]')).waitFor();
  await dialog.getByLabel('跳过有误的行，只导入其余 1 行').check();
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await dialog.getByText('导入完成：新增 1 行，更新 0 行，无变化 0 行，跳过有误的 1 行').waitFor();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('cell', { name: '界面导入' }).waitFor();
});

it('imports a big file with a progress bar, gives back its failed rows, and lists the job', async () => {
  const staff = api(app, await login(app, 'staff'));
  const [community] = (await staff.get('/api/panel/communities?range=[0,0]&sort=["id","ASC"]')).body;
  const rows = Array.from({ length: 1_100 }, (_, i) =>
    workerRow(
      `大表${i}`,
      idNumber(`1983-0${1 + (i % 9)}-1${i % 10}`, String(100 + (i % 800)).padStart(3, '0')),
      community.name,
    ),
  );
  const cells = rows[5].split(',');
  cells[3] = wrongCheck(cells[3]);
  rows[5] = cells.join(',');
  const { page } = panel as PanelPage;
  await page.goto('/workers');
  await page.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入社区工作者' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: '全区花名册.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([WORKER_HEAD, ...rows].join('\n')),
  });
  await dialog.getByRole('button', { name: '检查文件' }).click();
  await dialog
    .getByText('共 1100 行：新增 1099 行，更新 0 行，无变化 0 行，有误 1 行')
    .waitFor({ timeout: 240_000 });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载有误的行（Excel）' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await download).path());
  const sheet = book.worksheets[0];
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getRow(2).getCell(1).value).toBe('大表5');
  expect(String(sheet.getRow(2).getCell(WORKER_HEAD.split(',').length + 1).value)).toMatch(/校验位/);

  await dialog.getByLabel('跳过有误的行，只导入其余 1099 行').check();
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  // The rows go in a batch at a time, and the dialog says how far it has got.
  await dialog.getByRole('progressbar', { name: /已写入 \d+ \/ 1100 行/ }).waitFor({ timeout: 240_000 });
  await dialog
    .getByText('导入完成：新增 1099 行，更新 0 行，无变化 0 行，跳过有误的 1 行')
    .waitFor({ timeout: 240_000 });
  await dialog.getByRole('button', { name: '关闭' }).click();

  await page.goto('/import-jobs');
  await page
    .getByRole('row')
    .filter({ hasText: '全区花名册.csv' })
    .filter({ hasText: '已完成' })
    .first()
    .click();
  // The job's record shows its failed row as the dialog did: by row and column, in words, not JSON.
  const failed = page.getByRole('table', { name: /有误的行/ });
  await failed
    .getByRole('row')
    .filter({ hasText: '校验位' })
    .filter({ has: page.getByRole('cell', { name: '7', exact: true }) })
    .first()
    .waitFor();
  await hasCount(page.getByText('"message"'), 0);
}, 600_000);
