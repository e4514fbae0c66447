/**
 * The task board in the panel, against the real server: a member claims a small listed task from its
 * card on the board and reports it done, a supervisor approves it from the review desk, and the task's
 * points show on the member's five-showings page. Also: the board's filters, the public links, and a
 * task returned with a reason from the desk.
 */
import type { Browser, Page } from 'playwright-core';
import { today } from '../helpers/board';
import { api, dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, pagesPerTest, shutDown, step } from './panel';
import { containsText, eventually, hasCount, noRawKeys } from './panel';

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

interface Task {
  id: string;
  title: string;
  status: string;
  points: number;
  tier: string;
  community: string;
}

async function tasks(username: string, filter: Record<string, unknown>, perPage = 10): Promise<Task[]> {
  const { data } = await dataProvider(app, await login(app, username)).getList('tasks', {
    pagination: { page: 1, perPage },
    sort: { field: 'id', order: 'ASC' },
    filter,
  });
  return data as unknown as Task[];
}

const taskOf = async (id: string) =>
  (await dataProvider(app, await login(app, 'staff')).getOne('tasks', { id })).data as unknown as Task;

async function memberPoints(): Promise<number> {
  const me = (await api(app, await login(app, 'member')).get('/api/panel/me')).body as { member: string };
  const { data } = await dataProvider(app, await login(app, 'member')).getList('points-entries', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'id', order: 'ASC' },
    filter: { holderMember: me.member },
  });
  return data.reduce((sum, e) => sum + Number(e.points), 0);
}

const card = (page: Page, id: string) => page.locator(`[data-testid=task-card][data-task="${id}"]`);

describe('the task board in the panel', () => {
  const open = pagesPerTest(() => ({ app, browser }));

  it('goes from claim to report to approval, and the points show on the member’s page', async () => {
    const [task] = await tasks('member', { status: 'listed', tier: 'small' });
    const before = await memberPoints();

    const member = await open('member');
    await member.page.getByRole('menuitem', { name: '揭榜领单看板' }).click();
    const listed = member.page.getByRole('region', { name: '已张榜' });
    await step(member.page, '揭榜', {}, listed.locator(`[data-task="${task.id}"]`));
    await member.page.getByText('揭榜成功').waitFor();
    expect((await taskOf(task.id)).status).toBe('claimed');
    // The card has moved to the claimed column, and offers the report instead of the claim.
    const claimed = member.page.getByRole('region', { name: '已揭榜' }).locator(`[data-task="${task.id}"]`);
    await claimed.getByRole('button', { name: '报告办结', exact: true }).waitFor();
    await hasCount(claimed.getByRole('button', { name: '揭榜', exact: true }), 0);

    await claimed.getByRole('button', { name: '报告办结', exact: true }).click();
    const dialog = member.page.getByRole('dialog');
    await dialog.getByLabel(/办理情况/).fill('已清理楼道杂物，拍照留存');
    await dialog.getByLabel(/办结日期/).fill(today());
    await dialog.getByRole('button', { name: '报告办结', exact: true }).click();
    await member.page.getByText('报告办结成功').waitFor();
    expect((await taskOf(task.id)).status).toBe('submitted');

    const supervisor = await open('supervisor');
    await supervisor.page.getByRole('menuitem', { name: '验收与异议' }).click();
    const review = supervisor.page.locator(`[data-testid=task-review][data-task="${task.id}"]`);
    await review.getByText('已清理楼道杂物，拍照留存').waitFor();
    await review.getByRole('button', { name: '验收通过', exact: true }).click();
    await supervisor.page.getByText('验收通过成功').waitFor();
    await review.waitFor({ state: 'detached' });
    expect((await taskOf(task.id)).status).toBe('approved');
    expect(await memberPoints()).toBe(before + task.points);

    await member.page.getByRole('menuitem', { name: '党员五亮' }).click();
    await member.page
      .getByTestId('points-total')
      .getByText(`累计积分 ${before + task.points}`)
      .waitFor();
    await member.page.getByTestId('points-entries').getByText(task.title).first().waitFor();
    const actions = member.page.getByRole('region', { name: '亮行动' });
    await actions.getByText(task.title).waitFor();
    await containsText(actions, '已办结');
  });

  it('takes a claim staff record for a partner unit, the unit’s report and the supervisor’s approval: three users', async () => {
    const [task] = await tasks('staff', { status: 'listed', tier: 'big' });
    const unitId = (await api(app, await login(app, 'unit')).get('/api/panel/me')).body.unit as string;
    const unitName = (
      await dataProvider(app, await login(app, 'staff')).getOne('partner-units', { id: unitId })
    ).data.name as string;

    const staff = await open('staff');
    await staff.page.goto(`/tasks/${task.id}/show`);
    await staff.page.getByRole('button', { name: '揭榜', exact: true }).click();
    const dialog = staff.page.getByRole('dialog');
    await dialog.getByLabel(/^揭榜单位/).fill(unitName);
    await staff.page.getByRole('option', { name: unitName, exact: true }).click();
    await dialog.getByRole('button', { name: '揭榜', exact: true }).click();
    await staff.page.getByText('揭榜成功').waitFor();
    expect(await taskOf(task.id)).toMatchObject({
      status: 'claimed',
      claimantUnit: unitId,
      claimantMember: null,
    });

    const unit = await open('unit');
    await unit.page.goto('/board');
    const claimed = unit.page.getByRole('region', { name: '已揭榜' }).locator(`[data-task="${task.id}"]`);
    await claimed.getByRole('button', { name: '报告办结', exact: true }).click();
    const report = unit.page.getByRole('dialog');
    await report.getByLabel(/办理情况/).fill('已协调资金完成屋面防水');
    await report.getByLabel(/办结日期/).fill(today());
    await report.getByRole('button', { name: '报告办结', exact: true }).click();
    await unit.page.getByText('报告办结成功').waitFor();
    expect((await taskOf(task.id)).status).toBe('submitted');

    const supervisor = await open('supervisor');
    await supervisor.page.goto('/approvals');
    const review = supervisor.page.locator(`[data-testid=task-review][data-task="${task.id}"]`);
    await review.getByText('已协调资金完成屋面防水').waitFor();
    await review.getByRole('button', { name: '验收通过', exact: true }).click();
    await supervisor.page.getByText('验收通过成功').waitFor();
    expect((await taskOf(task.id)).status).toBe('approved');
  });

  it('returns a reported task with the reason the supervisor types, and insists on one', async () => {
    const [task] = await tasks('supervisor', { status: 'submitted' });
    const supervisor = await open('supervisor');
    await supervisor.page.goto('/approvals');
    const review = supervisor.page.locator(`[data-testid=task-review][data-task="${task.id}"]`);
    await review.getByRole('button', { name: '退回', exact: true }).click();
    await review.getByText('退回时请填写理由').waitFor();
    expect((await taskOf(task.id)).status).toBe('submitted');
    await review.getByLabel('退回理由').fill('照片不清楚，请补充');
    await review.getByRole('button', { name: '退回', exact: true }).click();
    await supervisor.page.getByText('退回成功').waitFor();
    expect(await taskOf(task.id)).toMatchObject({ status: 'rejected', rejectReason: '照片不清楚，请补充' });
  });

  it('filters the board by tier and community, and links to the public pages', async () => {
    const staff = await open('staff');
    await staff.page.goto('/board');
    await staff.page.locator('[data-testid=task-card]').first().waitFor();
    for (const [name, href] of [
      ['本周榜单', '/public/board'],
      ['积分公示', '/public/scores'],
      ['榜样故事', '/public/stories'],
    ])
      await eventually(
        () => staff.page.getByRole('link', { name }).getAttribute('href'),
        (h) => expect(h).toBe(href),
      );

    const [big] = await tasks('staff', { status: 'listed', tier: 'big' });
    const [small] = await tasks('staff', { status: 'listed', tier: 'small' });
    await card(staff.page, small.id).waitFor();
    await staff.page.getByLabel('榜单类别').click();
    await staff.page.getByRole('option', { name: '大榜' }).click();
    await card(staff.page, small.id).waitFor({ state: 'detached' });
    await card(staff.page, big.id).waitFor();
    await eventually(
      () => staff.page.locator('[data-testid=task-card]').allInnerTexts(),
      (tiers) => expect(tiers.every((t) => t.includes('大榜') && !t.includes('小榜'))).toBe(true),
    );

    const community = (
      await dataProvider(app, await login(app, 'staff')).getOne('communities', { id: big.community })
    ).data.name as string;
    await staff.page.getByLabel('社区').fill(community);
    await staff.page.getByRole('option', { name: community }).click();
    await card(staff.page, big.id).waitFor();
    const shown = await tasks('staff', { tier: 'big', community: big.community }, 200);
    await staff.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=task-card]').length === n,
      shown.length,
    );
    await noRawKeys(staff.page);
  });

  it('speaks English on every board page without an untranslated key', async () => {
    const p = await open('supervisor', 'desktop', 'en');
    for (const [path, text] of [
      ['/board', 'Task board'],
      ['/approvals', 'Tasks awaiting review'],
      ['/five', 'Choose a party member'],
    ]) {
      await p.page.goto(path);
      await p.page.getByText(text).first().waitFor();
      await noRawKeys(p.page);
    }
  });

  it("opens a party member's five showings from their record", async () => {
    const me = (await api(app, await login(app, 'member')).get('/api/panel/me')).body as { member: string };
    const staff = await open('staff');
    await staff.page.goto(`/party-members/${me.member}/show`);
    await staff.page.getByRole('link', { name: '查看五亮' }).click();
    await staff.page.waitForURL(new RegExp(`/party-members/${me.member}/five$`));
    for (const section of ['亮身份', '亮承诺', '亮行动', '亮积分', '亮成效'])
      await staff.page.getByRole('region', { name: section }).waitFor();
    await staff.page
      .getByTestId('points-total')
      .getByText(`累计积分 ${await memberPoints()}`)
      .waitFor();
  });
});
