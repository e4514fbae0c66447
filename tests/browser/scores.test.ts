/**
 * The quarterly score table in the panel, against the real server: a party member on the published
 * table objects to their own row with a reason, and a supervisor upholds the objection from the review
 * desk with a points adjustment that re-ranks the table.
 */
import type { Browser } from 'playwright-core';
import { api, dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { logIn, openPanel, type PanelPage, boot, shutDown, hasCount } from './panel';

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

interface Publication {
  id: string;
  quarter: string;
  status: string;
  ranking: { holder: string; name: string; points: number }[];
}

const list = async (username: string, resource: string, filter: Record<string, unknown>) =>
  (
    await dataProvider(app, await login(app, username)).getList(resource, {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
      filter,
    })
  ).data;

describe('objecting to a published score table', () => {
  const panels: PanelPage[] = [];
  afterAll(async () => {
    for (const p of panels) {
      expect(p.problems).toEqual([]);
      await p.context.close();
    }
  });

  it('lets a member object to their row and a supervisor uphold it with an adjustment', async () => {
    const me = (await api(app, await login(app, 'member')).get('/api/panel/me')).body as { member: string };
    const holder = `member:${me.member}`;
    const [table] = (await list('member', 'score-publications', { status: 'published' })) as Publication[];
    const row = table.ranking.find((r) => r.holder === holder);
    expect(row).toBeDefined();

    const member = await openPanel(browser, app);
    panels.push(member);
    await logIn(member.page, 'member');
    await member.page.getByRole('menuitem', { name: '季度积分公示' }).click();
    await member.page.getByText(table.quarter).click();
    const ranking = member.page.getByRole('table', { name: '排名' });
    await ranking.getByText(row!.name).waitFor();
    // Only the member's own row can be objected to.
    await hasCount(ranking.getByRole('button', { name: '提出异议' }), 1);
    await ranking
      .getByRole('row')
      .filter({ hasText: row!.name })
      .getByRole('button', { name: '提出异议' })
      .click();
    const dialog = member.page.getByRole('dialog');
    await dialog.getByRole('button', { name: '提出异议' }).click();
    await dialog.getByText('必填').waitFor();
    await dialog.getByLabel(/异议理由/).fill('9月的楼道清理任务未计入积分');
    await dialog.getByRole('button', { name: '提出异议' }).click();
    await member.page.getByText('异议已提交，等待审核领导处理').waitFor();
    const [objection] = await list('supervisor', 'objections', { status: 'open', holderMember: me.member });
    expect(objection).toMatchObject({ publication: table.id, reason: '9月的楼道清理任务未计入积分' });

    const supervisor = await openPanel(browser, app);
    panels.push(supervisor);
    await logIn(supervisor.page, 'supervisor');
    await supervisor.page.getByRole('menuitem', { name: '验收与异议' }).click();
    const card = supervisor.page.getByTestId('objection').filter({ hasText: '9月的楼道清理任务未计入积分' });
    await card.getByRole('button', { name: '异议成立', exact: true }).click();
    const resolve = supervisor.page.getByRole('dialog');
    await resolve.getByLabel(/处理意见/).fill('核实无误，补记积分');
    await resolve.getByLabel(/积分调整/).fill('2');
    await resolve.getByRole('button', { name: '异议成立', exact: true }).click();
    await supervisor.page.getByText('异议成立成功').waitFor();
    await card.waitFor({ state: 'detached' });

    const [after] = (await list('supervisor', 'score-publications', {
      quarter: table.quarter,
    })) as Publication[];
    expect(after.ranking.find((r) => r.holder === holder)?.points).toBe(row!.points + 2);
    expect((await list('supervisor', 'objections', { id: [objection.id] }))[0].status).toBe('upheld');
  });
});
