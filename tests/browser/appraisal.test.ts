/**
 * Appraisal and pay in the panel, against the real server: staff enter an appraisal and see the grade
 * as they type and as the server gives it, a town's full excellent quota is refused with the places left,
 * a supervisor approves a town's year at once; the pay grid refuses a cell below the wage floor, and a
 * payroll is drafted, downloaded as Excel and approved.
 */
import { catalogs, rules } from '@yanzhen/config';
import type { Browser, Locator, Page } from 'playwright-core';
import type { DataProvider, RaRecord } from 'ra-core';
import { TYPED_SCORES } from '../helpers/appraisals';
import { api, dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import {
  logIn,
  openPanel,
  type PanelPage,
  boot,
  shutDown,
  hasText,
  noRawKeys,
  eventually,
  containsText,
} from './panel';

let app: TestApp;
let browser: Browser;
let staff: DataProvider;

beforeAll(async () => {
  ({ app, browser } = await boot());
  staff = dataProvider(app, await login(app, 'staff'));
});
afterAll(async () => {
  await shutDown({ app, browser });
});

const all = async (resource: string, filter: Record<string, unknown> = {}): Promise<RaRecord[]> =>
  (
    await staff.getList(resource, {
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'id', order: 'ASC' },
      filter,
    })
  ).data;

/** On-duty workers of a town whose names are unique in the district (the form picks a worker by name). */
async function workersOf(town: RaRecord['id']): Promise<RaRecord[]> {
  const communities = (await all('communities', { town })).map((c) => c.id);
  const everyone = await all('workers');
  const count = new Map<string, number>();
  for (const w of everyone) count.set(w.name, (count.get(w.name) ?? 0) + 1);
  return everyone.filter(
    (w) => communities.includes(w.community) && w.status === 'active' && count.get(w.name) === 1,
  );
}

const itemLabel = (key: string) => catalogs.zh.resources.appraisals.fields[key];
const conditionText = (c: { key: string }) => catalogs.zh.conditions[c.key];

async function enterAppraisal(page: Page, worker: string, year: number): Promise<void> {
  await page.goto('/appraisals/create');
  await page.getByLabel(/^被考核人/).fill(worker);
  await page.getByRole('option', { name: worker, exact: true }).click();
  await page.getByLabel(/^年度\s*\*?$/).fill(String(year));
  for (const item of rules.appraisal.items)
    await page
      .getByLabel(new RegExp(`^${itemLabel(item.key)}\\s*\\*?$`))
      .fill(String(TYPED_SCORES[item.key]));
  await page.getByLabel(/^调整建议分的理由/).fill('按全年揭榜领单实际表现评分');
}

const grade = (page: Page) => page.getByTestId('appraisal-grade');

describe('appraisals in the panel', () => {
  let panel: PanelPage;

  afterEach(async () => {
    expect(panel.problems).toEqual([]);
    await panel.context.close();
  });

  it('shows the total and grade as staff type, caps it for a condition, and shows the grade the server gave', async () => {
    const [town] = await all('towns');
    const [worker] = await workersOf(town.id);
    panel = await openPanel(browser, app);
    const { page } = panel;
    await logIn(page, 'staff');
    await enterAppraisal(page, worker.name, 2024);
    await hasText(page.getByTestId('appraisal-total'), '92');
    await hasText(grade(page), '优秀');
    await page.getByLabel(conditionText(rules.appraisal.barsExcellent[0])).check();
    await hasText(grade(page), '合格');
    await noRawKeys(page);

    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/appraisals\/[^/]+\/show$/);
    const id = decodeURIComponent(page.url().split('/').slice(-2)[0]);
    const saved = (await staff.getOne('appraisals', { id })).data;
    expect(saved).toMatchObject({ worker: worker.id, year: 2024, grade: 'pass', barsExcellent: ['E1'] });
    expect(Number(saved.total)).toBe(92);
    await page.locator('.ra-field-grade').getByText('合格').waitFor();
    await page.getByText(conditionText(rules.appraisal.barsExcellent[0])).waitFor();
  });

  it("refuses an excellent grade when the town's quota is used up, saying how many places remain", async () => {
    const [, town] = await all('towns');
    const [candidate, ...others] = await workersOf(town.id);
    const jwt = await login(app, 'staff');
    // Fill the town's excellent places for the year through the API, until the server says no more.
    let refused = '';
    for (const w of others) {
      const res = await api(app, jwt)
        .post('/api/panel/appraisals')
        .send({ worker: w.id, year: 2023, ...TYPED_SCORES, taskBoardReason: '按实际表现' });
      if (res.status === 409) {
        refused = res.body.error.message;
        break;
      }
      expect(res.status).toBe(201);
    }
    expect(refused).toMatch(/剩余 0 个/);

    panel = await openPanel(browser, app);
    const { page } = panel;
    await logIn(page, 'staff');
    await enterAppraisal(page, candidate.name, 2023);
    await hasText(grade(page), '优秀');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(/优秀名额已用完.*剩余 0 个/).waitFor();
    expect(page.url()).toMatch(/\/appraisals\/create/);
    expect(await all('appraisals', { worker: candidate.id, year: 2023 })).toEqual([]);

    // A bar on excellent makes the same scores a pass, which the quota does not limit.
    await page.getByLabel(conditionText(rules.appraisal.barsExcellent[1])).check();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/appraisals\/[^/]+\/show$/);
    expect((await all('appraisals', { worker: candidate.id, year: 2023 }))[0].grade).toBe('pass');
  });

  it("proposes the 揭榜领单 score from a party member's task-board points before the first save", async () => {
    const entries = await all('points-entries', {});
    const entry = entries.find((e) => e.holderMember) as RaRecord;
    const year = Number(String(entry.quarter).slice(0, 4));
    const [town] = await all('towns');
    const [, worker] = await workersOf(town.id);
    await app.strapi
      .documents('api::party-member.party-member')
      .update({ documentId: entry.holderMember, data: { worker: worker.id } as never });
    const jwt = await login(app, 'staff');
    const { proposal } = (
      await api(app, jwt).get(`/api/panel/workers/${worker.id}/task-board-proposal?year=${year}`)
    ).body as { proposal: number };

    panel = await openPanel(browser, app);
    const { page } = panel;
    await logIn(page, 'staff');
    await page.goto('/appraisals/create');
    await page.getByText('选定人员和年度后，按该年度揭榜领单积分给出建议分').waitFor();
    await page.getByLabel(/^被考核人/).fill(worker.name);
    await page.getByRole('option', { name: worker.name, exact: true }).click();
    await page.getByLabel(/^年度\s*\*?$/).fill(String(year));
    await page.getByText(`按本年度揭榜领单积分的建议分：${proposal}`).waitFor();
    const item = rules.appraisal.items.find((i) => i.key === 'taskBoard')!;
    const input = page.getByLabel(new RegExp(`^${itemLabel(item.key)}\\s*\\*?$`));
    await input.fill(String(proposal === 5 ? 4 : 5));
    await page.getByText('与建议分不同').waitFor();
    await page.getByRole('button', { name: '采用建议分' }).click();
    await eventually(
      () => input.inputValue(),
      (v) => expect(Number(v)).toBe(proposal),
    );
  });

  it("lets a supervisor approve a town's year at once and reopen one with a reason", async () => {
    const [, , town] = await all('towns');
    const jwt = await login(app, 'staff');
    for (const w of (await workersOf(town.id)).slice(0, 3)) {
      const res = await api(app, jwt)
        .post('/api/panel/appraisals')
        .send({ worker: w.id, year: 2022, ...TYPED_SCORES, duty: 20, taskBoardReason: '按实际表现' });
      expect(res.status).toBe(201);
    }
    panel = await openPanel(browser, app);
    const { page } = panel;
    await logIn(page, 'supervisor');
    await page.goto('/appraisals');
    await page.getByRole('button', { name: '批量审定（乡镇）' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^所在乡镇/).fill(town.name);
    await page.getByRole('option', { name: town.name, exact: true }).click();
    await dialog.getByLabel(/^年度/).fill('2022');
    await dialog.getByRole('button', { name: '批量审定（乡镇）' }).click();
    await page.getByText('批量审定（乡镇）：3 条成功，0 条未通过').waitFor();
    const year = await all('appraisals', { town: town.id, year: 2022 });
    expect(year).toHaveLength(3);
    expect(year.every((a) => a.status === 'approved')).toBe(true);

    // A correction reopens one approved appraisal, with the reason the supervisor gives.
    await page.goto(`/appraisals/${year[0].id}/show`);
    await page.getByRole('button', { name: '重新打开（更正）', exact: true }).click();
    await dialog.getByRole('button', { name: '重新打开（更正）', exact: true }).click();
    await dialog.getByText('必填').waitFor();
    await dialog.getByLabel(/^更正理由/).fill('出勤分录入有误，退回更正');
    await dialog.getByRole('button', { name: '重新打开（更正）', exact: true }).click();
    await page.getByText('重新打开（更正）成功').waitFor();
    expect((await staff.getOne('appraisals', { id: year[0].id })).data).toMatchObject({
      status: 'draft',
      correctionReason: '出勤分录入有误，退回更正',
    });
    await page.getByRole('button', { name: '审定', exact: true }).waitFor();
  });
});

describe('pay in the panel', () => {
  let panel: PanelPage;

  afterEach(async () => {
    expect(panel.problems).toEqual([]);
    await panel.context.close();
  });

  const cell = (page: Page, post: number, level: number) =>
    page.getByLabel(`第${post}岗第${level}级月基本报酬`, { exact: true });
  const invalid = (input: Locator, value: 'true' | 'false') =>
    eventually(
      () => input.getAttribute('aria-invalid'),
      (v) => expect(v).toBe(value),
    );

  it('marks a cell below the wage floor, shows the refusal, and saves a table that meets it with its rates', async () => {
    const [table] = await all('pay-scales', { year: 2026 });
    panel = await openPanel(browser, app);
    const { page } = panel;
    await logIn(page, 'staff');
    await page.goto(`/pay-scales/${table.id}`);
    await cell(page, 4, 1).fill('3000');
    await invalid(cell(page, 4, 1), 'true');
    await invalid(cell(page, 4, 2), 'false');
    await page.getByRole('button', { name: '保存' }).click();
    await page
      .getByText(/低于全市平均工资.*第4岗第1级（月 3,000 元/)
      .first()
      .waitFor();
    expect((await staff.getOne('pay-scales', { id: table.id })).data.cells['4'][0]).toBe(table.cells['4'][0]);

    const raised = table.cells['4'][0] + 100;
    await cell(page, 4, 1).fill(String(raised));
    await invalid(cell(page, 4, 1), 'false');
    await page.getByLabel('养老保险 单位缴纳（%）', { exact: true }).fill('17');
    await page.getByLabel('社会工作师', { exact: true }).fill('350');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/pay-scales(\?.*)?$/);
    const saved = (await staff.getOne('pay-scales', { id: table.id })).data;
    expect(saved.cells['4'][0]).toBe(raised);
    expect(saved.rates.pension).toEqual({ employer: 0.17, personal: 0.08 });
    expect(saved.qualificationAllowances.social).toBe(350);
  });

  it('drafts a month, downloads it as Excel, and a supervisor approves it; the worker page shows the pay', async () => {
    const [table] = await all('pay-scales', { year: 2026 });
    const approve = await api(app, await login(app, 'supervisor'))
      .post(`/api/panel/pay-scales/${table.id}/approve`)
      .send({});
    expect(approve.status).toBe(200);

    panel = await openPanel(browser, app);
    const { page } = panel;
    await logIn(page, 'staff');
    await page.goto(`/pay-scales/${table.id}`);
    await page.waitForURL(/\/pay-scales\/[^/]+\/show$/);
    await page.getByText('已批准的薪酬标准不能修改').waitFor();

    await page.goto('/payrolls');
    await page.getByRole('button', { name: '生成工资表' }).click();
    await page.getByRole('dialog').getByLabel(/^月份/).fill('2026-10');
    await page.getByRole('dialog').getByRole('button', { name: '生成工资表' }).click();
    await page.getByText('生成工资表成功').waitFor();
    const [payroll] = await all('payrolls', { month: '2026-10' });
    expect(payroll.status).toBe('draft');

    await page.goto(`/payrolls/${payroll.id}/show`);
    // The lines arrive as rows of their own, a page at a time.
    await page.getByRole('columnheader', { name: '实发金额' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('payroll-2026-10.xlsx');
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const file = Buffer.concat(chunks);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(file.length).toBeGreaterThan(5000);
    await panel.context.close();

    panel = await openPanel(browser, app);
    await logIn(panel.page, 'supervisor');
    await panel.page.goto(`/payrolls/${payroll.id}/show`);
    await panel.page.getByRole('button', { name: '审批', exact: true }).click();
    await panel.page.getByRole('dialog').getByRole('button', { name: '审批', exact: true }).click();
    await panel.page.getByText('审批成功').waitFor();
    expect((await staff.getOne('payrolls', { id: payroll.id })).data.status).toBe('approved');

    const [line] = await all('payroll-lines', { payroll: payroll.id });
    await panel.page.goto(`/workers/${line.worker}/show`);
    const history = panel.page.getByRole('table', { name: '薪酬记录' });
    await history.getByText('2026-10').waitFor();
    await containsText(history, String(line.gross));
  });
});
