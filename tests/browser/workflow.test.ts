/**
 * Workflow steps from the panel, against the real server: a member claims a small task, a supervisor
 * approves one and rejects another with a reason, and a step the record has moved past is refused with
 * the server's message naming the state.
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
