/**
 * 分类施策 in the panel, against the real server: a member on a phone sees the tasks that suit them
 * first, marked 适合我; the desk sees a listed task's suggested claimants with the reasons, and in the
 * claim dialog 选用 fills in the member it claims for.
 */
import type { Browser } from 'playwright-core';
import { makeTask } from '../helpers/board';
import { api, dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { boot, containsText, eventually, hasText, pagesPerTest, shutDown } from './panel';

const TASK = 'api::task.task';
let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

const staffApi = async () => api(app, await login(app, 'staff'));

/** A small task on this week's board asking for `specialties`, in the demo member's community. */
async function listedFor(specialties: string[], title: string) {
  const staff = await staffApi();
  const memberId = (await api(app, await login(app, 'member')).get('/api/panel/me')).body.member;
  const member = (await staff.get(`/api/panel/party-members/${memberId}`)).body;
  const id = await makeTask(app.strapi, 'listed', { tier: 'small', community: member.community, title });
  await app.strapi.db.query(TASK).update({ where: { documentId: id }, data: { specialties } });
  return { id, memberId, member };
}

describe('suited tasks and suggested claimants', () => {
  const open = pagesPerTest(() => ({ app, browser }));

  it('shows a member the tasks that suit them first, marked 适合我', async () => {
    const { memberId } = await listedFor(['counselling', 'legal'], '心理疏导进楼栋');
    const staff = await staffApi();
    expect(
      (await staff.put(`/api/panel/party-members/${memberId}`).send({ specialties: ['counselling'] })).status,
    ).toBe(200);
    const { page } = await open('member', 'phone');
    await page.goto('/board');
    await page.getByRole('tab', { name: /^已张榜/ }).waitFor();
    const first = page.getByTestId('task-card').first();
    await containsText(first, '适合我');
    await containsText(page.getByTestId('task-card').filter({ hasText: '心理疏导进楼栋' }), '适合我');
  });

  it('shows the desk who suits a task, and fills in the one chosen in the claim dialog', async () => {
    const { id } = await listedFor(['legal', 'arts'], '法律进社区宣讲');
    const staff = await staffApi();
    const created = await staff.post('/api/panel/party-members').send({
      name: '王律师',
      kind: 'resident',
      community: (await staff.get(`/api/panel/tasks/${id}`)).body.community,
      specialties: ['legal', 'arts'],
    });
    expect(created.status).toBe(201);
    const { page } = await open('staff');
    await page.goto(`/tasks/${id}/show`);
    const suggested = page.getByRole('region', { name: '推荐人选' });
    const top = suggested.getByTestId('task-match').first();
    await containsText(top, '王律师');
    await containsText(top, '特长：法律咨询');
    await page.getByRole('button', { name: '揭榜', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '选用 王律师' }).click();
    await hasText(dialog.getByRole('button', { name: '选用 王律师' }), '已选用');
    await dialog.getByRole('button', { name: '揭榜', exact: true }).click();
    const provider = dataProvider(app, await login(app, 'staff'));
    await eventually(
      async () => (await provider.getOne('tasks', { id })).data.claimantMember,
      (v) => expect(v).toBe(created.body.id),
    );
  });

  it('lets the desk invite a suggested member, who is told in 消息', async () => {
    const { id, memberId, member } = await listedFor(['tutoring'], '周末课业辅导');
    const staff = await staffApi();
    await staff.put(`/api/panel/party-members/${memberId}`).send({ specialties: ['tutoring'] });
    const { page } = await open('staff');
    await page.goto(`/tasks/${id}/show`);
    const button = page
      .getByRole('region', { name: '推荐人选' })
      .getByRole('button', { name: `邀请 ${member.name}` });
    await button.click();
    await hasText(button, '已邀请');
    const inbox = api(app, await login(app, 'member'));
    await eventually(
      async () => (await inbox.get('/api/panel/notifications?sort=["id","DESC"]')).body[0],
      (n) => expect(n).toMatchObject({ kind: 'invited', link: `/tasks/${id}/show` }),
    );
  });
});
