/**
 * 回访 (issue 15): after an approval staff record the resident's verdict within the rulebook's window,
 * once; 不满意 reopens the task for its claimant with an appended reversal, and the next approval awards
 * it again. Each step writes the task once and the ledger once; the dashboard, the public board and the
 * showcase read the verdict.
 */
import { makeTask, today } from '../helpers/board';
import { communityId } from '../helpers/workforce';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'member' | 'clerk', ReturnType<typeof api>>;
let member: string;
/** Writes by documentId: draft & publish may run a document's middlewares more than once per write. */
const writes = { task: new Map<string, number>(), entry: new Map<string, number>() };
const bump = (m: Map<string, number>, id: unknown) => m.set(String(id), (m.get(String(id)) ?? 0) + 1);

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'member', 'clerk'] as const) as[r] = api(app, await login(app, r));
  member = (await as.member.get('/api/panel/me')).body.member;
  app.strapi.documents.use(async (ctx, next) => {
    const params = ctx.params as { documentId?: string; data?: { task?: string } };
    if (ctx.uid === 'api::task.task' && ctx.action === 'update') bump(writes.task, params.documentId);
    if (ctx.uid === 'api::points-entry.points-entry' && ctx.action === 'create')
      bump(writes.entry, params.data?.task);
    return next();
  });
});
afterAll(() => app.stop());

const ledger = async (task: string) =>
  (
    (
      await as.supervisor.get(
        `/api/panel/points-entries?filter=${encodeURIComponent(JSON.stringify({ task }))}&sort=["id","ASC"]`,
      )
    ).body as { kind: string; points: number; reason: string }[]
  ).map((e) => ({ kind: e.kind, points: e.points, reason: e.reason }));

/** A small task of the demo member, approved just now by the supervisor (its award in the ledger). */
async function approved(o: { urgent?: boolean; community?: string } = {}): Promise<string> {
  const id = await makeTask(app.strapi, 'submitted', { tier: 'small', member, community: o.community });
  if (o.urgent)
    await app.strapi.documents('api::task.task').update({ documentId: id, data: { isUrgent: true } });
  expect((await as.supervisor.post(`/api/panel/tasks/${id}/approve`).send({})).status).toBe(200);
  return id;
}

const followUp = (id: string, body: Record<string, unknown>, who = as.staff) =>
  who.post(`/api/panel/tasks/${id}/followUp`).send(body);

describe('a follow-up after the approval', () => {
  it('records 满意 with its note: the task stays done and the ledger untouched, each written once', async () => {
    const id = await approved();
    const before = { task: writes.task.get(id) ?? 0, entry: writes.entry.get(id) ?? 0 };
    const res = await followUp(id, {
      followUpResult: 'satisfied',
      followUpNote: '路灯已修好，晚上出行方便了',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'approved',
      followUpResult: 'satisfied',
      followUpNote: '路灯已修好，晚上出行方便了',
      followedUpAt: expect.any(String),
    });
    expect(res.body._can).not.toContain('followUp');
    expect({ task: writes.task.get(id), entry: writes.entry.get(id) ?? 0 }).toEqual({
      task: before.task + 1,
      entry: before.entry,
    });
    expect(await ledger(id)).toEqual([expect.objectContaining({ kind: 'award', points: 4 })]);
  });

  it('reopens on 不满意 for the same claimant: a reversal appended, a new award on the next approval', async () => {
    const id = await approved();
    const entriesBefore = writes.entry.get(id) ?? 0;
    const tasksBefore = writes.task.get(id) ?? 0;
    const res = await followUp(id, { followUpResult: 'dissatisfied', followUpNote: '楼道杂物又堆回来了' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'claimed',
      claimantMember: member,
      followUpResult: 'dissatisfied',
      isOverdue: false,
    });
    expect(new Date(res.body.dueAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    expect(writes.task.get(id)).toBe(tasksBefore + 1);
    expect(writes.entry.get(id)).toBe(entriesBefore + 1);
    expect(await ledger(id)).toEqual([
      expect.objectContaining({ kind: 'award', points: 4 }),
      { kind: 'reversal', points: -4, reason: '群众不满意：楼道杂物又堆回来了' },
    ]);

    // The claimant reports again; the next approval awards it again and asks the resident anew.
    const again = await as.member
      .post(`/api/panel/tasks/${id}/submit`)
      .send({ report: '已再次清理并张贴提示', doneAt: today() });
    expect(again.body.status).toBe('submitted');
    const reapproved = await as.supervisor.post(`/api/panel/tasks/${id}/approve`).send({});
    expect(reapproved.body).toMatchObject({ status: 'approved', followUpResult: null, followUpNote: null });
    expect(writes.entry.get(id)).toBe(entriesBefore + 2);
    expect((await ledger(id)).map((e) => [e.kind, e.points])).toEqual([
      ['award', 4],
      ['reversal', -4],
      ['award', 4],
    ]);
    expect((await followUp(id, { followUpResult: 'basic', followUpNote: '基本解决' })).body).toMatchObject({
      status: 'approved',
      followUpResult: 'basic',
    });
  });

  it('is in the audit trail, with who recorded it', async () => {
    const id = await approved();
    await followUp(id, { followUpResult: 'basic', followUpNote: '还行' });
    const trail = (
      await as.supervisor.get(
        `/api/panel/audit-entries?filter=${encodeURIComponent(JSON.stringify({ recordId: id, action: 'followUp' }))}`,
      )
    ).body as { actorName: string; after: Record<string, unknown> }[];
    expect(trail).toEqual([
      expect.objectContaining({
        actorName: 'staff',
        after: expect.objectContaining({ followUpResult: 'basic' }),
      }),
    ]);
  });
});

describe('who may record it', () => {
  it.each(['supervisor', 'member'] as const)('refuses the %s: a follow-up is staff’s', async (who) => {
    const id = await approved();
    const res = await followUp(id, { followUpResult: 'satisfied', followUpNote: '满意' }, as[who]);
    expect(res.status).toBe(403);
    expect((await as.staff.get(`/api/panel/tasks/${id}`)).body.followUpResult).toBeNull();
  });

  it('keeps a community clerk to its own community’s tasks', async () => {
    const away = await approved({ community: await communityId(app.strapi, '河西社区') });
    expect(
      (await followUp(away, { followUpResult: 'satisfied', followUpNote: '满意' }, as.clerk)).status,
    ).toBe(404);
    const home = await approved({ community: await communityId(app.strapi, '和平社区') });
    expect(
      (await followUp(home, { followUpResult: 'satisfied', followUpNote: '满意' }, as.clerk)).status,
    ).toBe(200);
  });

  it('is not written by a plain edit, and a done task is locked', async () => {
    const claimed = await makeTask(app.strapi, 'claimed', { tier: 'small', member });
    const edit = await as.staff.put(`/api/panel/tasks/${claimed}`).send({ followUpResult: 'satisfied' });
    expect(edit.status).toBe(400);
    expect(edit.body.errors).toEqual({ followUpResult: '由流程维护，不能直接填写或修改' });
    const done = await approved();
    expect((await as.staff.put(`/api/panel/tasks/${done}`).send({ followUpNote: '改' })).status).toBe(409);
  });
});

describe('what it needs', () => {
  it('names each missing or wrong field, in Chinese and in English', async () => {
    const id = await approved();
    const none = await followUp(id, {});
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual({ followUpResult: '必填', followUpNote: '必填' });
    const wrong = await as.staff
      .post(`/api/panel/tasks/${id}/followUp`)
      .set('Accept-Language', 'en')
      .send({ followUpResult: 'happy', followUpNote: 'x'.repeat(501) });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.errors).sort()).toEqual(['followUpNote', 'followUpResult']);
    expect((await as.staff.get(`/api/panel/tasks/${id}`)).body).toMatchObject({
      status: 'approved',
      followUpResult: null,
    });
  });
});

describe('conflicts', () => {
  it('refuses a task not approved, naming its state', async () => {
    const id = await makeTask(app.strapi, 'submitted', { tier: 'small', member });
    const res = await followUp(id, { followUpResult: 'satisfied', followUpNote: '满意' });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('当前状态为“待验收”，不能回访');
  });

  it('refuses outside the window after the approval', async () => {
    const id = await approved();
    await app.strapi.db
      .query('api::task.task')
      .update({ where: { documentId: id }, data: { reviewedAt: new Date(Date.now() - 8 * 86_400_000) } });
    const res = await followUp(id, { followUpResult: 'satisfied', followUpNote: '满意' });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('回访应在验收通过后 7 天内进行，已超出回访期限');
    expect((await as.staff.get(`/api/panel/tasks/${id}`)).body._can).not.toContain('followUp');
  });

  it('takes one follow-up per approval, and says it was done', async () => {
    const id = await approved();
    await followUp(id, { followUpResult: 'satisfied', followUpNote: '满意' });
    const twice = await followUp(id, { followUpResult: 'basic', followUpNote: '基本满意' });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('该任务本次验收后已回访（满意），不能再次回访');
    const reopened = await approved();
    await followUp(reopened, { followUpResult: 'dissatisfied', followUpNote: '没修好' });
    const after = await followUp(reopened, { followUpResult: 'dissatisfied', followUpNote: '没修好' });
    expect(after.status).toBe(409);
    expect(after.body.message).toBe('该任务本次验收后已回访（不满意），不能再次回访');
    expect((await ledger(reopened)).map((e) => e.kind)).toEqual(['award', 'reversal']);
  });

  it.each(['satisfied', 'dissatisfied'] as const)(
    'of 6 concurrent follow-ups of %s, exactly one lands',
    async (followUpResult) => {
      const id = await approved();
      const all = await Promise.all(
        Array.from({ length: 6 }, () => followUp(id, { followUpResult, followUpNote: '同时提交' })),
      );
      expect(all.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
      expect((await ledger(id)).length).toBe(followUpResult === 'dissatisfied' ? 2 : 1);
    },
  );
});

describe('who reads the verdict', () => {
  const urgentSolved = async () =>
    (await as.supervisor.get('/api/panel/stats/overview')).body.board.urgentSolved;

  it('counts an urgent problem solved only while approved and not followed up as 不满意', async () => {
    const before = (await urgentSolved()) as number;
    const id = await approved({ urgent: true });
    expect(await urgentSolved()).toBe(before + 1);
    await followUp(id, { followUpResult: 'dissatisfied', followUpNote: '仍然漏水' });
    expect(await urgentSolved()).toBe(before);
    await as.staff.post(`/api/panel/tasks/${id}/submit`).send({ report: '已更换管件', doneAt: today() });
    await as.supervisor.post(`/api/panel/tasks/${id}/approve`).send({});
    expect(await urgentSolved()).toBe(before + 1);
  });

  it('shows each done task’s follow-up on the public board and the published showcase', async () => {
    const id = await approved();
    const pending = await approved();
    await followUp(id, { followUpResult: 'basic', followUpNote: '基本解决' });
    const board = (await api(app).get('/api/public/board')).body.tasks as { id: string; followUp: string }[];
    expect(board.find((t) => t.id === id)?.followUp).toBe('基本满意');
    expect(board.find((t) => t.id === pending)?.followUp).toBe('待回访');
    expect((await api(app).get('/public/board')).text).toContain('群众评价：基本满意');

    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(new Date())
      .slice(0, 7);
    const drafted = await as.staff.post('/api/panel/showcases/draft').send({ month });
    await as.staff.post(`/api/panel/showcases/${drafted.body.showcase}/publish`).send({});
    const title = (await as.staff.get(`/api/panel/tasks/${id}`)).body.title as string;
    const shown = (await api(app).get(`/api/public/showcases/${month}`)).body.tasks as {
      title: string;
      followUp: string;
    }[];
    expect(shown.find((t) => t.title === title)?.followUp).toBe('基本满意');
    expect((await api(app).get(`/public/showcases/${month}`)).text).toContain('群众评价：基本满意');
  });
});
