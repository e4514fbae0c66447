/**
 * Workflow steps from the panel, against the real server: a member claims a small task, a supervisor
 * approves one and rejects another with a reason, and a step the record has moved past is refused with
 * the server's message naming the state. The panel offers only what the server would accept: no claim
 * of a task of the other tier, no report on someone else's claim, no 新建 where the scope forbids it,
 * and an approved record's edit address opens its record page.
 */
import type { Browser } from 'playwright-core';
import { api, dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { logIn, openPanel, type PanelPage, boot, shutDown, step, hasCount } from './panel';

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

async function tasks(username: string, filter: Record<string, unknown>): Promise<{ id: string }[]> {
  const { data } = await dataProvider(app, await login(app, username)).getList('tasks', {
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'id', order: 'ASC' },
    filter,
  });
  return data as { id: string }[];
}

const statusOf = async (id: string) =>
  (await dataProvider(app, await login(app, 'staff')).getOne('tasks', { id })).data.status as string;

describe('workflow steps in the panel', () => {
  let panel: PanelPage;

  afterEach(async () => {
    expect(panel.problems).toEqual([]);
    await panel.context.close();
  });

  it('lets a member claim a small task on the board', async () => {
    panel = await openPanel(browser, app);
    const [task] = await tasks('member', { status: 'listed', tier: 'small' });
    await logIn(panel.page, 'member');
    await panel.page.goto(`/tasks/${task.id}/show`);
    await step(panel.page, '揭榜');
    await panel.page.getByText('揭榜成功').waitFor();
    expect(await statusOf(task.id)).toBe('claimed');
    await hasCount(panel.page.getByRole('button', { name: '揭榜', exact: true }), 0);
  });

  it('offers no step the server would refuse to who is asking', async () => {
    panel = await openPanel(browser, app);
    const [big] = await tasks('member', { status: 'listed', tier: 'big' });
    const [claimed] = await tasks('member', { status: 'claimed' });
    await logIn(panel.page, 'member');
    const { page } = panel;
    // A big task is for partner units: the member sees it, and no 揭榜.
    await page.goto(`/tasks/${big.id}/show`);
    await page.getByRole('button', { name: '撤榜' }).or(page.getByText('大榜')).first().waitFor();
    await hasCount(page.getByRole('button', { name: '揭榜', exact: true }), 0);
    // Someone else's claim: no 报告办结.
    const { data: held } = await dataProvider(app, await login(app, 'staff')).getOne('tasks', {
      id: claimed.id,
    });
    const mine = (await api(app, await login(app, 'member')).get('/api/panel/me')).body.member;
    await page.goto(`/tasks/${claimed.id}/show`);
    await page.getByText(String(held.title)).first().waitFor();
    await hasCount(
      page.getByRole('button', { name: '报告办结', exact: true }),
      held.claimantMember === mine ? 1 : 0,
    );
  });

  it('offers no 新建 where the scope forbids it, and opens a locked record on its record page', async () => {
    panel = await openPanel(browser, app);
    await logIn(panel.page, 'clerk');
    const { page } = panel;
    // Trainings are the district's: a community clerk reads them and makes none.
    await page.goto('/trainings');
    await page.getByRole('columnheader').first().waitFor();
    await hasCount(page.getByRole('link', { name: '新建' }), 0);
    await panel.context.close();

    panel = await openPanel(browser, app);
    await logIn(panel.page, 'staff');
    // Approved work is locked: the award in the ledger stands for exactly this task.
    const [approved] = await tasks('staff', { status: 'approved' });
    await panel.page.goto(`/tasks/${approved.id}`);
    await panel.page.waitForURL(`**/tasks/${approved.id}/show`);
    await hasCount(panel.page.getByRole('link', { name: '编辑' }), 0);
  });

  it('lets a supervisor approve a task and reject another with a reason', async () => {
    panel = await openPanel(browser, app);
    const [first, second] = await tasks('supervisor', { status: 'submitted' });
    await logIn(panel.page, 'supervisor');
    await panel.page.goto(`/tasks/${first.id}/show`);
    await step(panel.page, '验收通过');
    await panel.page.getByText('验收通过成功').waitFor();
    expect(await statusOf(first.id)).toBe('approved');

    await panel.page.goto(`/tasks/${second.id}/show`);
    await step(panel.page, '退回');
    await panel.page.getByRole('dialog').getByText('必填').waitFor();
    await panel.page
      .getByRole('dialog')
      .getByLabel(/退回理由/)
      .fill('照片不清楚，请补充');
    await panel.page.getByRole('dialog').getByRole('button', { name: '退回', exact: true }).click();
    await panel.page.getByText('退回成功').waitFor();
    expect(await statusOf(second.id)).toBe('rejected');
  });

  it("shows the server's refusal when the task has moved on meanwhile", async () => {
    panel = await openPanel(browser, app);
    const [task] = await tasks('supervisor', { status: 'submitted' });
    await logIn(panel.page, 'supervisor');
    await panel.page.goto(`/tasks/${task.id}/show`);
    await panel.page.getByRole('button', { name: '验收通过', exact: true }).waitFor();
    const other = await api(app, await login(app, 'supervisor'))
      .post(`/api/panel/tasks/${task.id}/approve`)
      .send({});
    expect(other.status).toBe(200);
    await step(panel.page, '验收通过');
    await panel.page.getByText(/当前状态为“已办结”/).waitFor();
  });
});
