/**
 * A secondment through the panel as the users who take each step, against the real server: staff enter
 * the application and the test score, a supervisor approves (or turns one down with a reason), staff start
 * it and end it with an evaluation. Each step shows only to its role in its state; each state is read back
 * through the API, and the worker's status follows.
 */
import type { Browser, Page } from 'playwright-core';
import type { DataProvider, RaRecord } from 'ra-core';
import { dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { logIn, openPanel, type PanelPage, boot, shutDown, step, eventually } from './panel';

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

const STEPS = ['录入测试成绩', '批准挂职', '不予批准', '开始挂职', '期满结束'];

/** Active workers with no secondment at all and a name no one else has (the form picks by name). */
async function candidates(): Promise<RaRecord[]> {
  const list = async (resource: string) =>
    (
      await staff.getList(resource, {
        pagination: { page: 1, perPage: 1000 },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      })
    ).data;
  const seconded = new Set((await list('secondments')).map((s) => s.worker));
  const workers = await list('workers');
  const count = new Map<string, number>();
  for (const w of workers) count.set(w.name, (count.get(w.name) ?? 0) + 1);
  return workers.filter((w) => w.status === 'active' && !seconded.has(w.id) && count.get(w.name) === 1);
}

const secondment = async (id: string) => (await staff.getOne('secondments', { id })).data;
const workerStatus = async (id: RaRecord['id']) =>
  (await staff.getOne('workers', { id })).data.status as string;

/** The record's page shows its status and offers exactly these steps. */
async function offers(page: Page, status: string, steps: string[]): Promise<void> {
  await page.locator('.ra-field-status').getByText(status, { exact: true }).waitFor();
  const shown = async () => {
    const names: string[] = [];
    for (const name of STEPS)
      if (await page.getByRole('button', { name, exact: true }).count()) names.push(name);
    return names;
  };
  await eventually(shown, (names) => expect(names).toEqual(steps));
}

/** A step taken, its success said and its dialog closed. */
async function takeStep(page: Page, label: string, fill: Record<string, string> = {}): Promise<void> {
  await step(page, label, fill);
  await page.getByText(`${label}成功`).waitFor();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

async function apply(page: Page, worker: RaRecord): Promise<string> {
  await page.goto('/secondments/create');
  await page.getByLabel(/^人员/).fill(worker.name);
  await page.getByRole('option', { name: worker.name, exact: true }).click();
  await page.getByLabel(/^挂职单位/).fill('城关街道办事处');
  await page.getByLabel(/^挂职岗位/).fill('党建办副主任');
  await page.getByLabel(/^申请日期/).fill('2026-03-02');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/secondments\/[^/]+\/show$/);
  return decodeURIComponent(page.url().split('/').slice(-2)[0]);
}

describe('a secondment through the panel', () => {
  const pages: PanelPage[] = [];
  const as = async (username: string): Promise<Page> => {
    const panel = await openPanel(browser, app);
    pages.push(panel);
    await logIn(panel.page, username);
    return panel.page;
  };

  afterEach(async () => {
    for (const p of pages.splice(0)) {
      expect(p.problems).toEqual([]);
      await p.context.close();
    }
  });

  it('goes from application to completion, each step taken by its role in its state', async () => {
    const [worker] = await candidates();
    const clerk = await as('staff');
    const id = await apply(clerk, worker);
    expect(await secondment(id)).toMatchObject({ worker: worker.id, status: 'applied' });
    await offers(clerk, '已申请', ['录入测试成绩']);

    await takeStep(clerk, '录入测试成绩', { 综合测试成绩: '86.5' });
    expect(await secondment(id)).toMatchObject({ status: 'tested', testScore: 86.5 });
    // Staff may correct the score, but approving is the supervisor's.
    await offers(clerk, '已测试', ['录入测试成绩']);

    const supervisor = await as('supervisor');
    await supervisor.goto(`/secondments/${id}/show`);
    await offers(supervisor, '已测试', ['批准挂职', '不予批准']);
    await takeStep(supervisor, '批准挂职', { 审核意见: '综合测试合格，同意挂职' });
    expect(await secondment(id)).toMatchObject({ status: 'approved', reviewNote: '综合测试合格，同意挂职' });
    await offers(supervisor, '已批准', []);

    await clerk.reload();
    await offers(clerk, '已批准', ['开始挂职']);
    await takeStep(clerk, '开始挂职', { 开始日期: '2026-04-01' });
    expect(await secondment(id)).toMatchObject({ status: 'active', startDate: '2026-04-01' });
    expect(await workerStatus(worker.id)).toBe('seconded');

    await offers(clerk, '挂职中', ['期满结束']);
    await clerk.getByRole('button', { name: '期满结束', exact: true }).click();
    await clerk.getByRole('dialog').getByRole('button', { name: '期满结束', exact: true }).click();
    await clerk.getByRole('dialog').getByText('必填').waitFor();
    await clerk
      .getByRole('dialog')
      .getByLabel(/^期满评价/)
      .fill('挂职期间表现突出，协调能力明显提升');
    await clerk
      .getByRole('dialog')
      .getByLabel(/^结束日期/)
      .fill('2026-09-30');
    await clerk.getByRole('dialog').getByRole('button', { name: '期满结束', exact: true }).click();
    await clerk.getByText('期满结束成功').waitFor();
    expect(await secondment(id)).toMatchObject({
      status: 'completed',
      endDate: '2026-09-30',
      evaluation: '挂职期间表现突出，协调能力明显提升',
    });
    expect(await workerStatus(worker.id)).toBe('active');
    await offers(clerk, '已期满', []);
  });

  it('lets a supervisor turn an application down, with a reason', async () => {
    const [, worker] = await candidates();
    const clerk = await as('staff');
    const id = await apply(clerk, worker);
    await takeStep(clerk, '录入测试成绩', { 综合测试成绩: '58' });

    const supervisor = await as('supervisor');
    await supervisor.goto(`/secondments/${id}/show`);
    await supervisor.getByRole('button', { name: '不予批准', exact: true }).click();
    const dialog = supervisor.getByRole('dialog');
    await dialog.getByRole('button', { name: '不予批准', exact: true }).click();
    await dialog.getByText('必填').waitFor();
    expect((await secondment(id)).status).toBe('tested');
    await dialog.getByLabel(/^审核意见/).fill('综合测试成绩未达到 60 分');
    await dialog.getByRole('button', { name: '不予批准', exact: true }).click();
    await supervisor.getByText('不予批准成功').waitFor();
    expect(await secondment(id)).toMatchObject({
      status: 'rejected',
      reviewNote: '综合测试成绩未达到 60 分',
    });
    await offers(supervisor, '未通过', []);
    expect(await workerStatus(worker.id)).toBe('active');
  });

  it('gathers a reserve cadre’s mentor, trial posts, secondment and trainings on their page', async () => {
    const list = async (resource: string, filter: Record<string, unknown>) =>
      (
        await staff.getList(resource, {
          pagination: { page: 1, perPage: 1000 },
          sort: { field: 'id', order: 'ASC' },
          filter,
        })
      ).data;
    const trialPosts = await list('trial-posts', {});
    const reserve = (await list('workers', { isReserve: true, mentor_ne: null, status: 'active' })).find(
      (w) => trialPosts.some((t) => t.worker === w.id),
    ) as RaRecord;
    const trial = trialPosts.find((t) => t.worker === reserve.id) as RaRecord;
    const mentor = (await staff.getOne('workers', { id: reserve.mentor })).data;
    const trainings = await list('trainings', { attendees: reserve.id });
    const hours = trainings.reduce((sum, t) => sum + Number(t.hours), 0);
    const open = await staff.getList('secondments', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
      filter: { worker: reserve.id, status: ['applied', 'tested', 'approved', 'active'] },
    });
    if (!open.total)
      await staff.create('secondments', {
        data: { worker: reserve.id, targetOrg: '向阳镇人民政府', targetPost: '党政办副主任' },
      });

    const page = await as('staff');
    await page.goto(`/workers/${reserve.id}/show`);
    const section = page.getByRole('region', { name: '后备干部培养' });
    await section.getByRole('link', { name: mentor.name }).waitFor();
    await section.getByRole('table', { name: '试岗顶岗' }).getByText(trial.post).waitFor();
    await section.getByRole('table', { name: '挂职锻炼' }).getByRole('row').nth(1).waitFor();
    await page
      .getByRole('region', { name: '培训记录' })
      .getByText(`共参加培训 ${trainings.length} 次，累计 ${Math.round(hours * 10) / 10} 学时`)
      .waitFor();
  });
});
