/**
 * Staff keep the workers' records in the panel: list, search, filter, sort, export, create, edit and
 * delete, against the real server; and the server's validation messages land on the field they concern.
 */
import type { Browser, Page } from 'playwright-core';
import { dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import {
  logIn,
  openPanel,
  type PanelPage,
  boot,
  shutDown,
  containsText,
  eventually,
  hasCount,
  hasValue,
  choose as chooseIn,
} from './panel';

let app: TestApp;
let browser: Browser;
let panel: PanelPage;
let page: Page;
let staff: ReturnType<typeof dataProvider>;

beforeAll(async () => {
  ({ app, browser } = await boot());
  staff = dataProvider(app, await login(app, 'staff'));
  panel = await openPanel(browser, app);
  page = panel.page;
  await logIn(page, 'staff');
});
afterAll(async () => {
  await shutDown({ app, browser });
});
afterEach(() => expect(panel.problems).toEqual([]));

const rows = () => page.locator('tbody tr');
/** Picks an option of a select input, found by the field it edits. */
const choose = (source: string, option: string) => chooseIn(page, source, option);

describe('the workers list', () => {
  it('shows 25 rows of the total the server counts, in Chinese', async () => {
    const { total } = await staff.getList('workers', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    await page.goto('/workers');
    await page.getByText(`共 ${total} 条`).waitFor();
    await hasCount(rows(), 25);
    await eventually(
      () => page.locator('thead').innerText(),
      (header) => {
        for (const label of ['姓名', '性别', '出生日期', '学历', '所在社区', '岗位', '在岗状态'])
          expect(header).toContain(label);
      },
    );
    // The community is a reference: its name arrives in a second request, after the rows.
    await rows().first().getByText(/社区$/).waitFor();
  });

  it('sorts by a column, searches and filters', async () => {
    await page.goto('/workers');
    await page.getByRole('button', { name: /按 出生日期/ }).click();
    await page.waitForURL(/sort=birthDate/);
    const { data: oldest } = await staff.getList('workers', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'birthDate', order: 'ASC' },
      filter: {},
    });
    await rows().first().getByText(oldest[0].name).waitFor();

    await page.getByPlaceholder('搜索', { exact: true }).fill('张');
    await page.waitForURL(/%22q%22%3A%22%E5%BC%A0%22|"q":"张"/);
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('tbody tr')).every((r) => r.textContent?.includes('张')),
    );

    await page.getByRole('button', { name: '添加筛选' }).click();
    await page.getByRole('menu').getByText('性别', { exact: true }).click();
    await choose('gender', '女');
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('tbody tr')).every((r) => r.textContent?.includes('女')),
    );
    const { total } = await staff.getList('workers', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q: '张', gender: 'female' },
    });
    await page.getByText(new RegExp(`共 ${total} 条`)).waitFor();
  });

  it('exports the filtered list as CSV that Excel reads, with Chinese headers and labels', async () => {
    await page.goto('/workers?filter=%7B%22gender%22%3A%22female%22%7D');
    await page.getByText(/共 \d+ 条/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, first] = csv.slice(1).split('\n');
    expect(header).toContain('姓名,性别,出生日期');
    expect(first).toContain(',女,');
    expect(first).toMatch(/社区/);
  });
});

describe('a worker, from creation to deletion', () => {
  let id = '';

  it('is created by staff with selects, a date, a related community and a number', async () => {
    await page.goto('/workers/create');
    await page.getByLabel(/^姓名/).fill('测试员甲');
    await choose('gender', '女');
    await page.getByLabel(/^出生日期/).fill('1990-05-01');
    await choose('education', '本科');
    await page.getByLabel(/^所在社区/).fill('和平');
    await page.getByRole('option', { name: '和平社区' }).click();
    await choose('position', '专职社区工作者');
    await page.getByLabel(/^岗位等级/).fill('4');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/workers\/[^/]+\/show$/);
    id = decodeURIComponent(page.url().split('/').slice(-2)[0]);
    await page.getByText('测试员甲').first().waitFor();
    const { data } = await staff.getOne('workers', { id });
    expect(data).toMatchObject({
      name: '测试员甲',
      gender: 'female',
      birthDate: '1990-05-01',
      education: 'bachelor',
      position: 'worker',
      postTier: 4,
      status: 'active',
      politicalStatus: 'masses',
    });
    const { data: community } = await staff.getOne('communities', { id: data.community });
    expect(community.name).toBe('和平社区');
  });

  it('is edited by staff', async () => {
    await page.goto(`/workers/${id}`);
    // Typed before the record has loaded, the phone would be reset by the form's own load.
    await hasValue(page.getByLabel(/^姓名/), '测试员甲');
    await page.getByLabel(/^手机号/).fill('13800001111');
    await page.getByRole('button', { name: '保存' }).click();
    // The list comes back with the filter and sort the earlier tests left in its store.
    await page.waitForURL(/\/workers(\?.*)?$/);
    const { data } = await staff.getOne('workers', { id });
    expect(data.phone).toBe('13800001111');
  });

  it('is deleted by staff', async () => {
    await page.goto(`/workers/${id}`);
    await page.getByLabel(/^手机号/).waitFor();
    await page.getByRole('button', { name: '删除' }).click();
    // A worker has a unique field (the ID number), so the form deletes pessimistically, after a confirmation.
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    // The list may come back with its saved filter in the address.
    await page.waitForURL(/\/workers(\?.*)?$/);
    await waitUntilGone(id);
  });
});

async function waitUntilGone(id: string): Promise<void> {
  await eventually(
    () =>
      staff.getOne('workers', { id }).then(
        () => 'still there',
        (e: { status?: number }) => e.status,
      ),
    (status) => expect(status).toBe(404),
  );
}

describe("the server's validation", () => {
  it('shows a taken ID number on the ID number field, on create and on edit', async () => {
    const { data: list } = await staff.getList('workers', {
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    const { data: first } = await staff.getOne('workers', { id: list[0].id });
    const taken = String(first.idNumber);

    await page.goto('/workers/create');
    await page.getByLabel(/^姓名/).fill('测试员丙');
    await choose('gender', '男');
    await page.getByLabel(/^出生日期/).fill('1985-01-02');
    await choose('education', '大专');
    await page.getByLabel(/^所在社区/).fill('和平');
    await page.getByRole('option', { name: '和平社区' }).click();
    await choose('position', '专职网格员');
    await page.getByLabel(/^岗位等级/).fill('4');
    await page.getByLabel(/^身份证号/).fill(taken);
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.ra-input-idNumber').getByText('已被其他记录使用').waitFor();
    await containsText(page.locator('.ra-input-idNumber'), `“${taken}”已被其他记录使用`);
    expect(page.url()).toMatch(/\/workers\/create$/);

    await page.goto(`/workers/${list[1].id}`);
    await page.getByLabel(/^身份证号/).fill(taken);
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.ra-input-idNumber').getByText('已被其他记录使用').waitFor();
    const { data: second } = await staff.getOne('workers', { id: list[1].id });
    expect(second.idNumber).not.toBe(taken);
  });
});
