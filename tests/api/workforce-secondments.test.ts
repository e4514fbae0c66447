/**
 * Secondments in use (挂职锻炼): apply → test → approve or reject → start → complete, the worker's status
 * following; bad input, one open application per worker, a worker who left, scope, concurrency, history.
 */
import { communityId, makeSecondment, makeWorker } from '../helpers/workforce';
import { api, createAccount, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<
  'staff' | 'supervisor' | 'clerk' | 'member' | 'townSupervisor',
  ReturnType<typeof api>
>;

const statusOf = async (worker: string) =>
  (
    (await app.strapi.db
      .query('api::worker.worker')
      .findOne({ where: { documentId: worker }, select: ['status'] })) as { status: string }
  ).status;

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'clerk', 'member'] as const) as[r] = api(app, await login(app, r));
  const town = (await app.strapi.db
    .query('api::town.town')
    .findOne({ where: { name: '河西镇' }, select: ['documentId'] })) as { documentId: string };
  await createAccount(app.strapi, 'hexi-supervisor', { role: 'supervisor', scopeTown: town.documentId });
  as.townSupervisor = api(app, await login(app, 'hexi-supervisor'));
});
afterAll(() => app.stop());

describe('a secondment from application to completion', () => {
  it('moves through every step, the worker seconded while it is active and back after', async () => {
    const worker = await makeWorker(app.strapi);
    const before = (await as.supervisor.get('/api/panel/stats/overview')).body.secondments;

    const applied = await as.staff.post('/api/panel/secondments').send({
      worker,
      targetOrg: '城关街道办事处',
      targetPost: '综治中心副主任',
      appliedAt: '2026-03-02',
      testScore: 99,
    });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ status: 'applied', testScore: null, reviewNote: null });
    const id = applied.body.id as string;

    const tested = await as.staff.post(`/api/panel/secondments/${id}/test`).send({ testScore: 91.5 });
    expect(tested.body).toMatchObject({ status: 'tested', testScore: 91.5 });
    const approved = await as.supervisor
      .post(`/api/panel/secondments/${id}/approve`)
      .send({ reviewNote: '经镇党委审核，同意挂职' });
    expect(approved.body).toMatchObject({ status: 'approved', reviewNote: '经镇党委审核，同意挂职' });
    expect(await statusOf(worker)).toBe('active');

    const started = await as.staff
      .post(`/api/panel/secondments/${id}/start`)
      .send({ startDate: '2026-09-01' });
    expect(started.body).toMatchObject({ status: 'active', startDate: '2026-09-01' });
    expect(await statusOf(worker)).toBe('seconded');
    const during = (await as.supervisor.get('/api/panel/stats/overview')).body.secondments;
    expect(during).toEqual({ ...before, selected: before.selected + 1, active: before.active + 1 });

    const done = await as.staff
      .post(`/api/panel/secondments/${id}/complete`)
      .send({ evaluation: '挂职期间解决复杂问题能力明显提升', endDate: '2027-02-28' });
    expect(done.body).toMatchObject({
      status: 'completed',
      endDate: '2027-02-28',
      evaluation: '挂职期间解决复杂问题能力明显提升',
    });
    expect(await statusOf(worker)).toBe('active');
    const after = (await as.supervisor.get('/api/panel/stats/overview')).body.secondments;
    expect(after).toEqual({ ...before, selected: before.selected + 1, completed: before.completed + 1 });
  });

  it('dates the start and the end today (Asia/Shanghai) when none is given', async () => {
    const { id } = await makeSecondment(app.strapi, 'approved');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect((await as.staff.post(`/api/panel/secondments/${id}/start`).send({})).body.startDate).toBe(today);
    const done = await as.staff.post(`/api/panel/secondments/${id}/complete`).send({ evaluation: '合格' });
    expect(done.body.endDate).toBe(today);
  });

  it('ends with a rejection and its reason, the worker untouched', async () => {
    const { id, worker } = await makeSecondment(app.strapi, 'tested');
    const res = await as.supervisor
      .post(`/api/panel/secondments/${id}/reject`)
      .send({ reviewNote: '综合测试成绩排名靠后' });
    expect(res.body).toMatchObject({ status: 'rejected', reviewNote: '综合测试成绩排名靠后' });
    expect(await statusOf(worker)).toBe('active');
  });

  it('writes each step, and the worker’s change of status, in the audit trail', async () => {
    const { id, worker } = await makeSecondment(app.strapi, 'approved');
    await as.staff.post(`/api/panel/secondments/${id}/start`).send({ startDate: '2026-09-01' });
    const trail = (
      await as.supervisor.get(
        `/api/panel/audit-entries?filter=${encodeURIComponent(JSON.stringify({ recordId: [id, worker] }))}`,
      )
    ).body as { action: string; resource: string; actorName: string; after: Record<string, unknown> }[];
    expect(trail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resource: 'secondments', action: 'start', actorName: 'staff' }),
        expect.objectContaining({
          resource: 'workers',
          action: 'secondment-start',
          actorName: 'staff',
          after: { status: 'seconded' },
        }),
      ]),
    );
  });
});

describe('what each step needs', () => {
  it.each([
    ['applied', 'test', {}, { testScore: '必填' }],
    ['applied', 'test', { testScore: 101 }, { testScore: '不能大于 100' }],
    ['applied', 'test', { testScore: '优秀' }, { testScore: '应为数字' }],
    ['tested', 'reject', {}, { reviewNote: '必填' }],
    ['approved', 'start', { startDate: '2026-02-30' }, { startDate: '应为有效日期（YYYY-MM-DD）' }],
    ['active', 'complete', {}, { evaluation: '必填' }],
  ] as const)('%s → %s with %j is refused on the field', async (state, action, body, errors) => {
    const { id } = await makeSecondment(app.strapi, state);
    const as_ = action === 'reject' ? as.supervisor : as.staff;
    const res = await as_.post(`/api/panel/secondments/${id}/${action}`).send(body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(errors);
    const still = await as.staff.get(`/api/panel/secondments/${id}`);
    expect(still.body.status).toBe(state);
  });

  it('names an unknown action', async () => {
    const { id } = await makeSecondment(app.strapi, 'applied');
    const res = await as.staff.post(`/api/panel/secondments/${id}/promote`).send({});
    expect(res.status).toBe(404);
  });
});

describe('conflicts', () => {
  it('takes one application at a time per worker, and says which one is open', async () => {
    const { worker } = await makeSecondment(app.strapi, 'tested');
    const body = { worker, targetOrg: '青山镇人民政府', targetPost: '党建办副主任' };
    const res = await as.staff.post('/api/panel/secondments').send(body);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/^测试人员\d+已有一项已测试的挂职，办结后才能再次申请$/);
    const en = await as.staff.post('/api/panel/secondments').set('Accept-Language', 'en').send(body);
    expect(en.body.message).toMatch(/already has a secondment that is Tested/);
  });

  it('takes a new application once the last one has ended', async () => {
    const { worker } = await makeSecondment(app.strapi, 'completed');
    const res = await as.staff
      .post('/api/panel/secondments')
      .send({ worker, targetOrg: '青山镇人民政府', targetPost: '党建办副主任' });
    expect(res.status).toBe(201);
  });

  it('does not start a secondment for a worker who has left', async () => {
    const worker = await makeWorker(app.strapi, { status: 'left' });
    const { id } = await makeSecondment(app.strapi, 'approved', worker);
    const res = await as.staff.post(`/api/panel/secondments/${id}/start`).send({});
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/^测试人员\d+当前状态为“离职”，不能开始挂职$/);
    expect((await as.staff.get(`/api/panel/secondments/${id}`)).body.status).toBe('approved');
  });

  it('of 10 concurrent approvals, exactly one lands', async () => {
    const { id } = await makeSecondment(app.strapi, 'tested');
    const all = await Promise.all(
      Array.from({ length: 10 }, () =>
        as.supervisor.post(`/api/panel/secondments/${id}/approve`).send({ reviewNote: '同意' }),
      ),
    );
    expect(all.map((r) => r.status).sort()).toEqual([200, ...Array<number>(9).fill(409)]);
  });

  it.each(['active', 'completed', 'rejected'] as const)(
    'keeps a secondment that is %s as history: no edits, no deletes',
    async (state) => {
      const { id } = await makeSecondment(app.strapi, state);
      const edit = await as.staff.put(`/api/panel/secondments/${id}`).send({ targetPost: '改过' });
      expect(edit.status).toBe(409);
      expect((await as.staff.delete(`/api/panel/secondments/${id}`)).status).toBe(409);
    },
  );

  it('lets staff correct an application before it is decided', async () => {
    const { id } = await makeSecondment(app.strapi, 'applied');
    const edit = await as.staff.put(`/api/panel/secondments/${id}`).send({ targetPost: '社会事务办副主任' });
    expect(edit.status).toBe(200);
    expect(edit.body.targetPost).toBe('社会事务办副主任');
  });
});

describe('who may act', () => {
  it('keeps a community clerk and a town supervisor to their own secondments', async () => {
    const home = await makeSecondment(app.strapi, 'applied');
    expect(
      (await as.clerk.post(`/api/panel/secondments/${home.id}/test`).send({ testScore: 80 })).status,
    ).toBe(200);
    const away = await makeSecondment(
      app.strapi,
      'applied',
      await makeWorker(app.strapi, { community: await communityId(app.strapi, '河西社区') }),
    );
    expect(
      (await as.clerk.post(`/api/panel/secondments/${away.id}/test`).send({ testScore: 80 })).status,
    ).toBe(404);

    const tested = await makeSecondment(app.strapi, 'tested');
    const outside = await as.townSupervisor.post(`/api/panel/secondments/${tested.id}/approve`).send({});
    expect(outside.status).toBe(404);
    const hexi = await makeSecondment(
      app.strapi,
      'tested',
      await makeWorker(app.strapi, { community: await communityId(app.strapi, '河西社区') }),
    );
    expect((await as.townSupervisor.post(`/api/panel/secondments/${hexi.id}/approve`).send({})).status).toBe(
      200,
    );
  });

  it('does not let a member apply on anyone’s behalf', async () => {
    const worker = await makeWorker(app.strapi);
    const res = await as.member
      .post('/api/panel/secondments')
      .send({ worker, targetOrg: '某镇', targetPost: '某岗' });
    expect(res.status).toBe(403);
  });
});
