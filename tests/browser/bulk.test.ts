/**
 * Bulk edit in the panel (issue 12): a clerk selects rows in a list, takes 设置网格 or 标记毕业 from the
 * bulk toolbar, reads how many went through and which were refused with why, and the records changed.
 */
import type { Browser, Page } from 'playwright-core';
import { api, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { communityId, makeWorker } from '../helpers/workforce';
import { boot, eventually, hasText, logIn, openPanel, shutDown, type PanelPage } from './panel';

let app: TestApp;
let browser: Browser;
let panel: PanelPage | undefined;
let staff: ReturnType<typeof api>;

beforeAll(async () => {
  ({ app, browser } = await boot());
  staff = api(app, await login(app, 'staff'));
  panel = await openPanel(browser, app);
  await logIn(panel.page, 'staff');
});
afterAll(async () => {
  if (panel) {
    expect(panel.problems).toEqual([]);
    await panel.context.close();
  }
  await shutDown({ app, browser });
});

const select = (page: Page, name: string) =>
  page.getByRole('row').filter({ hasText: name }).getByRole('checkbox').check();

it('sets the grid of two selected workers and shows the summary', async () => {
  const { page } = panel as PanelPage;
  const home = await communityId(app.strapi);
  const grid = (await app.strapi.db.query('api::grid.grid').findOne({
    where: { community: { documentId: home } },
    select: ['documentId', 'name'],
  })) as { documentId: string; name: string };
  const workers = [
    await makeWorker(app.strapi, { name: '批量网格甲' }),
    await makeWorker(app.strapi, { name: '批量网格乙' }),
  ];

  await page.goto(`/workers?filter=${encodeURIComponent(JSON.stringify({ q: '批量网格' }))}`);
  await select(page, '批量网格甲');
  await select(page, '批量网格乙');
  await page.getByRole('button', { name: '设置网格', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '设置网格' });
  await hasText(dialog.getByText(/^已选择/), '已选择 2 条记录');
  await dialog.getByLabel(/^所在网格/).fill(grid.name);
  await page.getByRole('option', { name: grid.name, exact: true }).click();
  await dialog.getByRole('button', { name: '设置网格', exact: true }).click();
  await hasText(dialog.getByRole('status'), '已更新 2 条');
  await dialog.getByRole('button', { name: '关闭' }).click();

  await eventually(
    () => Promise.all(workers.map(async (w) => (await staff.get(`/api/panel/workers/${w}`)).body.grid)),
    (grids) => expect(grids).toEqual([grid.documentId, grid.documentId]),
  );
});

it('marks selected enrolments graduated and lists the one that cannot be', async () => {
  const { page } = panel as PanelPage;
  const program = (await staff.get('/api/panel/degree-programs?range=[0,0]')).body[0].id as string;
  const enrol = async (name: string, enrolledAt: string) =>
    (
      await staff.post('/api/panel/enrollments').send({
        worker: await makeWorker(app.strapi, { name, education: 'senior' }),
        program,
        cohort: 19,
        enrolledAt,
      })
    ).body as { id: string; worker: string };
  const done = [await enrol('批量毕业甲', '2024-09-01'), await enrol('批量毕业乙', '2024-09-01')];
  await enrol('批量毕业丙', '2099-09-01');

  await page.goto(`/enrollments?filter=${encodeURIComponent(JSON.stringify({ cohort: 19 }))}`);
  for (const name of ['批量毕业甲', '批量毕业乙', '批量毕业丙']) await select(page, name);
  await page.getByRole('button', { name: '标记毕业', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '标记毕业' });
  await dialog.getByRole('button', { name: '标记毕业', exact: true }).click();
  await hasText(dialog.getByRole('status'), '已更新 2 条，未通过 1 条');
  const refused = dialog.getByRole('table', { name: '未通过的记录' });
  await hasText(
    refused.getByRole('row').filter({ hasText: '批量毕业丙' }),
    /^批量毕业丙 毕业日期：不能早于入学日期（2099-09-01）$/,
  );
  await dialog.getByRole('button', { name: '关闭' }).click();

  await eventually(
    () =>
      Promise.all(
        done.map(async (e) => ({
          enrolment: (await staff.get(`/api/panel/enrollments/${e.id}`)).body,
          education: (await staff.get(`/api/panel/workers/${e.worker}`)).body.education,
        })),
      ),
    (rows) =>
      rows.forEach((r) => {
        expect(r.enrolment).toMatchObject({ status: 'graduated', diplomaRegistered: true });
        expect(r.education).toBe('college');
      }),
  );
});

const newTraining = async (title: string) =>
  (await staff.post('/api/panel/trainings').send({ title, level: 'district', startDate: '2026-06-01' })).body
    .id as string;

const attendeesOf = async (training: string) =>
  ((await staff.get(`/api/panel/trainings/${training}`)).body.attendees as string[]).sort();

it('adds selected workers to a training chosen by its title', async () => {
  const { page } = panel as PanelPage;
  const training = await newTraining('批量培训选择');
  const workers = [
    await makeWorker(app.strapi, { name: '批量培训甲' }),
    await makeWorker(app.strapi, { name: '批量培训乙' }),
  ];
  await page.goto(`/workers?filter=${encodeURIComponent(JSON.stringify({ q: '批量培训' }))}`);
  await select(page, '批量培训甲');
  await select(page, '批量培训乙');
  await page.getByRole('button', { name: '加入培训', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '加入培训' });
  await dialog.getByLabel(/^培训/).fill('批量培训选择');
  await page.getByRole('option', { name: '批量培训选择', exact: true }).click();
  await dialog.getByRole('button', { name: '加入培训', exact: true }).click();
  await hasText(dialog.getByRole('status'), '已更新 2 条');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await eventually(
    () => attendeesOf(training),
    (ids) => expect(ids).toEqual([...workers].sort()),
  );
});

it('adds attendees from a sign-in sheet on the training’s page', async () => {
  const { page } = panel as PanelPage;
  const training = await newTraining('批量签到表');
  const worker = await makeWorker(app.strapi, { name: '签到表独有' });
  const csv = ['姓名', '签到表独有', '签到表查无此人'].join('\n');
  await page.goto(`/trainings/${training}/show`);
  await page.getByRole('button', { name: '从签到表添加学员' }).click();
  const dialog = page.getByRole('dialog', { name: '从签到表添加学员' });
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: '签到表.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByText('已选择：签到表.csv').waitFor();
  await dialog.getByRole('button', { name: '添加', exact: true }).click();
  await hasText(dialog.getByRole('status'), '已更新 1 条，未通过 1 条');
  await hasText(
    dialog.getByRole('table', { name: '未通过的记录' }).getByRole('row').filter({ hasText: '查无此人' }),
    '第 3 行：签到表查无此人 找不到“签到表查无此人”：不是您管辖范围内的社区工作者',
  );
  await dialog.getByRole('button', { name: '关闭' }).click();
  await eventually(
    () => attendeesOf(training),
    (ids) => expect(ids).toEqual([worker]),
  );
});
