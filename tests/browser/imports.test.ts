/**
 * The import dialog end to end (issue 12): a clerk checks a filled-in sheet, sees the bad row by row
 * and column in the form's words, skips it and imports the rest; the list then shows the new worker.
 */
import type { Browser } from 'playwright-core';
import { api, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, logIn, openPanel, shutDown, type PanelPage } from './panel';

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

/** A valid resident ID number for a birth date and sequence. */
function idNumber(birth: string, seq: string): string {
  const first17 = `110105${birth.replace(/-/g, '')}${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

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
