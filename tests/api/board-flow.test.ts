/**
 * The task board's rules in use: who claims what, exactly one winner among concurrent claims, exactly one
 * award among concurrent approvals, reversals instead of edits, the scoring hook firing once per action.
 */
import { makeTask, today } from '../helpers/board';
import { api, createAccount, login } from '../helpers/session';
import { expectTotalsMatchLedger } from '../helpers/ledger';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'member' | 'unit', ReturnType<typeof api>>;
let member: string;
let unit: string;

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'member', 'unit'] as const) as[r] = api(app, await login(app, r));
  member = (await as.member.get('/api/panel/me')).body.member;
  unit = (await as.unit.get('/api/panel/me')).body.unit;
});
// Whatever a test appended, the per-quarter totals still equal the ledger's sums.
afterEach(() => expectTotalsMatchLedger(app.strapi));
afterAll(() => app.stop());

const ledger = async (task: string) =>
  (
    await as.supervisor.get(
      `/api/panel/points-entries?filter=${encodeURIComponent(JSON.stringify({ task }))}&sort=["id","ASC"]`,
    )
  ).body;

describe('triage', () => {
  it.each([
    [{ difficulty: 1, peopleNeeded: 1, hoursNeeded: 2 }, 'small', 2],
    [{ difficulty: 3, peopleNeeded: 5, hoursNeeded: 16 }, 'small', 6],
    [{ difficulty: 3, peopleNeeded: 6, hoursNeeded: 4 }, 'big', 6],
    [{ difficulty: 2, peopleNeeded: 2, hoursNeeded: 4, needsFunding: true }, 'big', 4],
    [{ difficulty: 5, peopleNeeded: 1, hoursNeeded: 1 }, 'big', 10],
  ])('computes tier and points from %j: %s, %i points', async (needs, tier, points) => {
    const id = await makeTask(app.strapi, 'collected', { tier: 'small' });
    const res = await as.staff.post(`/api/panel/tasks/${id}/triage`).send(needs);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'triaged', tier, points });
  });

  it('needs every measure, and says which are missing', async () => {
    const id = await makeTask(app.strapi, 'collected', { tier: 'small' });
    const res = await as.staff.post(`/api/panel/tasks/${id}/triage`).send({ difficulty: 6 });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ difficulty: '不能大于 5', peopleNeeded: '必填', hoursNeeded: '必填' });
  });

  it('runs the scoring hook once per action', async () => {
    let writes = 0;
    app.strapi.documents.use(async (ctx, next) => {
      if (ctx.uid === 'api::task.task' && ctx.action === 'update') writes += 1;
      return next();
    });
    const id = await makeTask(app.strapi, 'collected', { tier: 'small' });
    writes = 0;
    await as.staff
      .post(`/api/panel/tasks/${id}/triage`)
      .send({ difficulty: 4, peopleNeeded: 2, hoursNeeded: 3 });
    expect(writes).toBe(1);
  });

  /** A community of the demo district by position, and a need reported there through the panel. */
  const communityAt = async (i: number) =>
    (await as.staff.get(`/api/panel/communities?range=[${i},${i}]&sort=["id","ASC"]`)).body[0].id as string;
  const report = async (title: string, category: string, community: string, compound?: string) =>
    (
      await as.staff
        .post('/api/panel/tasks')
        .send({ title, category, community, ...(compound && { compound }), reportedAt: '2026-11-22' })
    ).body as { id: string; duplicateOf: string | null };

  it.each([
    [
      'a similar title, same category, same compound',
      '和平花园3栋楼道杂物清理',
      'sanitation',
      '清理和平花园3栋楼道杂物',
      'sanitation',
      true,
    ],
    [
      'a similar title, same category, no compound',
      '幸福路12号路灯不亮',
      'facilities',
      '幸福路12号路灯坏了不亮',
      'facilities',
      false,
    ],
    [
      'a nearly equal title in another category',
      '滨河小区2栋化粪池清掏',
      'sanitation',
      '滨河小区2栋化粪池清掏！',
      'habitat',
      false,
    ],
  ])('flags %s, naming the earlier need', async (_what, t1, c1, t2, c2, withCompound) => {
    const community = await communityAt(3);
    const compound = withCompound
      ? (
          await as.staff.get(
            `/api/panel/compounds?range=[0,0]&filter=${encodeURIComponent(JSON.stringify({ community }))}`,
          )
        ).body[0]?.id
      : undefined;
    const first = await report(t1, c1, community, compound);
    const second = await report(t2, c2, community, compound);
    expect(second.duplicateOf).toBe(first.id);
    // The earlier report is not flagged by the later one.
    expect((await as.staff.get(`/api/panel/tasks/${first.id}`)).body.duplicateOf).not.toBe(second.id);
  });

  it.each([
    ['a different need in the same community', '留守儿童周末课业辅导', 'children', 3],
    ['the same need in another community', '青山路路面坑洼修补', 'facilities', 5],
    ['a merely similar title in another category', '青山路路面修补宣传', 'antifraud', 3],
  ])('does not flag %s', async (_what, title, category, at) => {
    await report('青山路路面坑洼修补', 'facilities', await communityAt(3));
    expect((await report(title, category, await communityAt(at))).duplicateOf).toBeNull();
  });

  it("flags a duplicate when the community is connected the way Strapi's own admin sends it", async () => {
    const [here, elsewhere] = [await communityAt(6), await communityAt(7)];
    const title = '幸福里5栋化粪池清掏';
    const first = await makeTask(app.strapi, 'listed', {
      tier: 'small',
      community: here,
      category: 'sanitation',
      title,
    });
    const second = await makeTask(app.strapi, 'collected', {
      tier: 'small',
      community: elsewhere,
      category: 'sanitation',
      title: `${title}（再报）`,
    });
    expect((await as.staff.get(`/api/panel/tasks/${second}`)).body.duplicateOf).toBeNull();
    const { id: row } = (await app.strapi.db
      .query('api::community.community')
      .findOne({ where: { documentId: here }, select: ['id'] })) as { id: number };
    await app.strapi.documents('api::task.task').update({
      documentId: second,
      data: {
        community: { connect: [{ id: row, documentId: here }], disconnect: [{ documentId: elsewhere }] },
      } as never,
    });
    expect((await as.staff.get(`/api/panel/tasks/${second}`)).body.duplicateOf).toBe(first);
  });

  it('keeps a flagged, untriaged need off the public board', async () => {
    const community = await communityAt(8);
    const first = await makeTask(app.strapi, 'listed', {
      tier: 'small',
      community,
      title: '东门菜场积水清理',
    });
    const repeat = await app.strapi.documents('api::task.task').create({
      data: {
        title: '东门菜场积水清理（再报）',
        category: 'other',
        community,
        reportedAt: '2026-11-01',
        status: 'collected',
        board: (
          await app.strapi.db
            .query('api::task.task')
            .findOne({ where: { documentId: first }, populate: { board: { select: ['documentId'] } } })
        ).board.documentId,
      } as never,
    });
    const titles = (await api(app, '').get('/api/public/board')).body.tasks.map(
      (t: { title: string }) => t.title,
    );
    expect(titles).toContain('东门菜场积水清理');
    expect(titles).not.toContain('东门菜场积水清理（再报）');
    expect((await as.staff.get(`/api/panel/tasks/${repeat.documentId}`)).body.duplicateOf).toBe(first);
  });
});

describe('claims', () => {
  it('a member claims a small task for 14 days; a unit a big one for 30', async () => {
    const small = await makeTask(app.strapi, 'listed', { tier: 'small' });
    const big = await makeTask(app.strapi, 'listed', { tier: 'big' });
    const a = (await as.member.post(`/api/panel/tasks/${small}/claim`).send({})).body;
    const b = (await as.unit.post(`/api/panel/tasks/${big}/claim`).send({})).body;
    expect(a).toMatchObject({ status: 'claimed', claimantMember: member, claimantUnit: null });
    expect(b).toMatchObject({ status: 'claimed', claimantUnit: unit, claimantMember: null });
    const days = (t: { claimedAt: string; dueAt: string }) =>
      (Date.parse(t.dueAt) - Date.parse(t.claimedAt)) / 86_400_000;
    expect([days(a), days(b)]).toEqual([14, 30]);
  });

  it.each([
    ['member', 'big', '大榜任务只能由包联单位揭榜'],
    ['unit', 'small', '小榜任务只能由党员揭榜'],
  ] as const)('refuses a %s’s claim on a %s task', async (role, tier, message) => {
    const id = await makeTask(app.strapi, 'listed', { tier });
    const res = await as[role].post(`/api/panel/tasks/${id}/claim`).send({});
    expect(res.status).toBe(403);
    expect(res.body.message).toBe(message);
  });

  it('lets staff record a claim on a member’s behalf, and not a member claim for someone else', async () => {
    const id = await makeTask(app.strapi, 'listed', { tier: 'small' });
    expect((await as.staff.post(`/api/panel/tasks/${id}/claim`).send({})).status).toBe(403);
    const res = await as.staff.post(`/api/panel/tasks/${id}/claim`).send({ claimantMember: member });
    expect(res.body.claimantMember).toBe(member);
  });

  it('of 20 concurrent claims, exactly one wins; the others are told who holds the task', async () => {
    const others = encodeURIComponent(JSON.stringify({ id_ne: member }));
    const members = (
      await as.staff.get(`/api/panel/party-members?range=[0,19]&sort=["id","ASC"]&filter=${others}`)
    ).body as {
      id: string;
      name: string;
    }[];
    const tokens: string[] = [];
    for (const [i, m] of members.entries()) {
      const username = `claimant-${i}`;
      await createAccount(app.strapi, username, { role: 'member' });
      const user = (await app.strapi.db
        .query('plugin::users-permissions.user')
        .findOne({ where: { username } })) as { documentId: string };
      await app.strapi
        .documents('api::party-member.party-member')
        .update({ documentId: m.id, data: { user: user.documentId } as never });
      tokens.push(await login(app, username));
    }
    const id = await makeTask(app.strapi, 'listed', { tier: 'small' });
    const results = await Promise.all(
      tokens.map((t) => api(app, t).post(`/api/panel/tasks/${id}/claim`).send({})),
    );
    const won = results.filter((r) => r.status === 200);
    const lost = results.filter((r) => r.status === 409);
    expect([won.length, lost.length]).toEqual([1, 19]);
    const winner = members.find((m) => m.id === won[0].body.claimantMember);
    expect(new Set(lost.map((r) => r.body.message))).toEqual(new Set([`该任务已被${winner?.name}揭榜`]));
  });
});

describe('review and the ledger', () => {
  it('of 20 concurrent approvals, one lands and appends exactly one award', async () => {
    const id = await makeTask(app.strapi, 'submitted', { tier: 'small', member });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => as.supervisor.post(`/api/panel/tasks/${id}/approve`).send({})),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    const entries = await ledger(id);
    expect(entries.map((e: { kind: string; points: number }) => [e.kind, e.points])).toEqual([['award', 4]]);
    expect(entries[0]).toMatchObject({ holderMember: member, holderKey: `member:${member}` });
  });

  it('rejects with a reason only, back to the claimant who reports again', async () => {
    const id = await makeTask(app.strapi, 'submitted', { tier: 'small', member });
    expect((await as.supervisor.post(`/api/panel/tasks/${id}/reject`).send({})).body.errors).toEqual({
      rejectReason: '必填',
    });
    const rejected = await as.supervisor
      .post(`/api/panel/tasks/${id}/reject`)
      .send({ rejectReason: '缺少现场照片' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectReason: '缺少现场照片' });
    const again = await as.member
      .post(`/api/panel/tasks/${id}/submit`)
      .send({ report: '补充照片', doneAt: today() });
    expect(again.body).toMatchObject({ status: 'submitted' });
    expect(await ledger(id)).toEqual([]);
  });

  it('undoing an approval appends a reversal; approving again appends a second award; nothing is edited', async () => {
    const id = await makeTask(app.strapi, 'submitted', { tier: 'big', unit });
    await as.supervisor.post(`/api/panel/tasks/${id}/approve`).send({});
    await as.supervisor.post(`/api/panel/tasks/${id}/revoke`).send({ rejectReason: '复核发现未完成' });
    await as.supervisor.post(`/api/panel/tasks/${id}/approve`).send({});
    const entries = await ledger(id);
    expect(
      entries.map((e: { kind: string; points: number; entryKey: string }) => [e.kind, e.points, e.entryKey]),
    ).toEqual([
      ['award', 8, `award:${id}:1`],
      ['reversal', -8, `reversal:${id}:1`],
      ['award', 8, `award:${id}:2`],
    ]);
  });

  it('only the claimant reports a task done', async () => {
    const id = await makeTask(app.strapi, 'claimed', { tier: 'big', unit });
    const other = await createAccount(app.strapi, 'other-unit', { role: 'unit' });
    const res = await api(app, await login(app, other))
      .post(`/api/panel/tasks/${id}/submit`)
      .send({ report: 'x', doneAt: today() });
    expect(res.status).toBe(403);
    expect(res.body.message).toBe('只有揭榜人可以报告办结');
    const mine = await as.unit
      .post(`/api/panel/tasks/${id}/submit`)
      .send({ report: '义诊已完成', doneAt: today() });
    expect(mine.body.status).toBe('submitted');
  });

  it('keeps every move in the audit trail', async () => {
    const id = await makeTask(app.strapi, 'listed', { tier: 'small' });
    expect((await as.member.post(`/api/panel/tasks/${id}/claim`).send({})).body).toMatchObject({
      status: 'claimed',
    });
    const trail = (
      await as.supervisor.get(
        `/api/panel/audit-entries?filter=${encodeURIComponent(JSON.stringify({ recordId: id }))}`,
      )
    ).body;
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      action: 'claim',
      actorName: 'member',
      before: { status: 'listed' },
      after: { status: 'claimed' },
    });
  });

  it('names unknown actions', async () => {
    const id = await makeTask(app.strapi, 'listed', { tier: 'small' });
    const res = await as.staff.post(`/api/panel/tasks/${id}/fly`).send({});
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('民生实事任务没有“fly”这个操作');
  });
});
