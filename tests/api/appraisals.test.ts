/**
 * The yearly appraisal: the grade is computed, never typed; conditions cap or fail it; the town's
 * excellent quota holds even against two concurrent saves; approval locks; a correction reopens.
 */
import { scoresTotalling } from '../helpers/appraisals';
import { api, firstId, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'clerk', ReturnType<typeof api>>;
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'clerk'] as const) as[r] = api(app, await login(app, r));
});
afterAll(() => app.stop());

async function workersOf(town: string): Promise<string[]> {
  const res = await as.staff.get(
    `/api/panel/workers?range=[0,999]&sort=["id","ASC"]&filter=${q({ status_ne: 'left' })}`,
  );
  const communities = (
    await as.staff.get(`/api/panel/communities?range=[0,99]&filter=${q({ town })}`)
  ).body.map((c: { id: string }) => c.id);
  return res.body
    .filter((w: { community: string }) => communities.includes(w.community))
    .map((w: { id: string }) => w.id);
}

describe('grade', () => {
  let year = 2010;
  it.each([
    ['90 is excellent', 90, {}, 'excellent', false],
    ['89.99 is pass', 89.99, {}, 'pass', false],
    ['a bars-excellent condition caps 95 at pass', 95, { barsExcellent: ['E2'] }, 'pass', false],
    ['a bars-pass condition fails 80', 80, { barsPass: ['P1'] }, 'fail', false],
    ['59.99 fails', 59.99, {}, 'fail', false],
    ['a dismissal condition recommends dismissal', 70, { dismissal: ['D6'] }, 'basic', true],
  ])('%s', async (_what, total, conditions, grade, dismissal) => {
    const worker = await firstId(app.strapi, 'api::worker.worker', { position: 'grid' });
    // One appraisal per worker and year: each case takes a year of its own.
    year += 1;
    const res = await as.staff.post('/api/panel/appraisals').send({
      worker,
      year,
      ...scoresTotalling(total),
      ...conditions,
      grade: 'excellent',
      total: 100,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ total, grade, dismissalRecommended: dismissal, status: 'draft' });
    expect(res.body.town).toEqual(expect.any(String));
  });

  it('refuses condition keys that are not the district’s, and scores above an item’s weight', async () => {
    const worker = await firstId(app.strapi, 'api::worker.worker');
    const res = await as.staff
      .post('/api/panel/appraisals')
      .send({ worker, year: 2018, ...scoresTotalling(80), barsPass: ['P9'] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ barsPass: '不是本区规定的情形：P9' });
    const over = await as.staff
      .post('/api/panel/appraisals')
      .send({ worker, year: 2018, ...scoresTotalling(80), learning: 11 });
    expect(over.body.errors).toEqual({ learning: '不能大于 10' });
  });

  it('recomputes the grade when a score changes', async () => {
    const worker = await firstId(app.strapi, 'api::worker.worker', { position: 'worker' });
    const made = (
      await as.staff.post('/api/panel/appraisals').send({ worker, year: 2019, ...scoresTotalling(80) })
    ).body;
    const res = await as.staff.put(`/api/panel/appraisals/${made.id}`).send({ learning: 0 });
    expect(res.body).toMatchObject({ total: 70, grade: 'basic' });
  });
});

describe('the excellent quota of a town', () => {
  it('allows 20% of the town’s on-duty workers, then says how many places remain', async () => {
    const town = await firstId(app.strapi, 'api::town.town', { name: '柳湾镇' });
    const workers = await workersOf(town);
    const limit = Math.floor(workers.length * 0.2);
    for (const worker of workers.slice(0, limit)) {
      expect(
        (await as.staff.post('/api/panel/appraisals').send({ worker, year: 2031, ...scoresTotalling(95) }))
          .status,
      ).toBe(201);
    }
    const full = await as.staff
      .post('/api/panel/appraisals')
      .send({ worker: workers[limit], year: 2031, ...scoresTotalling(95) });
    expect(full.status).toBe(409);
    expect(full.body.message).toBe(
      `柳湾镇2031年优秀名额已用完：在岗 ${workers.length} 人，优秀最多 ${limit} 个，已评 ${limit} 个，剩余 0 个`,
    );
    const pass = await as.staff
      .post('/api/panel/appraisals')
      .send({ worker: workers[limit], year: 2031, ...scoresTotalling(85) });
    expect(pass.body.grade).toBe('pass');
    const upgrade = await as.staff.put(`/api/panel/appraisals/${pass.body.id}`).send({ duty: 30 });
    expect(upgrade.status).toBe(409);
  });

  it('gives the last place to exactly one of two concurrent saves', async () => {
    const town = await firstId(app.strapi, 'api::town.town', { name: '青山镇' });
    const workers = await workersOf(town);
    const limit = Math.floor(workers.length * 0.2);
    for (const worker of workers.slice(0, limit - 1))
      await as.staff.post('/api/panel/appraisals').send({ worker, year: 2032, ...scoresTotalling(92) });
    const [a, b] = await Promise.all(
      workers
        .slice(limit - 1, limit + 1)
        .map((worker) =>
          as.staff.post('/api/panel/appraisals').send({ worker, year: 2032, ...scoresTotalling(92) }),
        ),
    );
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const excellent = await as.staff.get(
      `/api/panel/appraisals?filter=${q({ town, year: 2032, grade: 'excellent' })}`,
    );
    expect(Number(excellent.headers['content-range'].split('/')[1])).toBe(limit);
  });
});

describe('approval', () => {
  it('is a supervisor’s; an approved appraisal is locked until reopened with a reason', async () => {
    const worker = await firstId(app.strapi, 'api::worker.worker', { position: 'committee' });
    const a = (
      await as.staff.post('/api/panel/appraisals').send({ worker, year: 2018, ...scoresTotalling(80) })
    ).body;
    expect((await as.staff.post(`/api/panel/appraisals/${a.id}/approve`).send({})).status).toBe(403);
    expect((await as.supervisor.post(`/api/panel/appraisals/${a.id}/approve`).send({})).body.status).toBe(
      'approved',
    );
    const edit = await as.staff.put(`/api/panel/appraisals/${a.id}`).send({ duty: 20 });
    expect([edit.status, edit.body.message]).toEqual([409, '当前状态为“已审定”，不能修改或删除']);
    expect((await as.staff.delete(`/api/panel/appraisals/${a.id}`)).status).toBe(409);
    expect((await as.supervisor.post(`/api/panel/appraisals/${a.id}/reopen`).send({})).body.errors).toEqual({
      correctionReason: '必填',
    });
    const reopened = await as.supervisor
      .post(`/api/panel/appraisals/${a.id}/reopen`)
      .send({ correctionReason: '出勤记录有误' });
    expect(reopened.body).toMatchObject({ status: 'draft', correctionReason: '出勤记录有误' });
    expect((await as.staff.put(`/api/panel/appraisals/${a.id}`).send({ duty: 20 })).body.total).toBe(90);
    const trail = (
      await as.supervisor.get(`/api/panel/audit-entries?filter=${q({ recordId: a.id, action: 'reopen' })}`)
    ).body;
    expect(trail[0].after).toMatchObject({ status: 'draft', correctionReason: '出勤记录有误' });
  });

  it('approves a town’s year in bulk', async () => {
    const town = await firstId(app.strapi, 'api::town.town', { name: '河西镇' });
    const workers = (await workersOf(town)).slice(0, 3);
    for (const worker of workers)
      await as.staff.post('/api/panel/appraisals').send({ worker, year: 2017, ...scoresTotalling(80) });
    const res = await as.supervisor.post('/api/panel/appraisals/approveTown').send({ town, year: 2017 });
    expect(res.body).toEqual({ approved: 3, refused: [] });
    const left = await as.staff.get(
      `/api/panel/appraisals?filter=${q({ town, year: 2017, status: 'draft' })}`,
    );
    expect(left.body).toEqual([]);
  });

  it('two consecutive excellent years propose a pay-level rise', async () => {
    const worker = (
      await as.staff.get(`/api/panel/workers?range=[0,0]&filter=${q({ payLevel_lt: 8, position: 'deputy' })}`)
    ).body[0];
    for (const year of [2014, 2015]) {
      const a = (
        await as.staff.post('/api/panel/appraisals').send({ worker: worker.id, year, ...scoresTotalling(96) })
      ).body;
      await as.supervisor.post(`/api/panel/appraisals/${a.id}/approve`).send({});
    }
    const proposals = (
      await as.staff.get(`/api/panel/promotions?filter=${q({ worker: worker.id, kind: 'level' })}`)
    ).body;
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({
      status: 'proposed',
      fromLevel: worker.payLevel,
      toLevel: worker.payLevel + 1,
    });
    const approved = await as.supervisor.post(`/api/panel/promotions/${proposals[0].id}/approve`).send({});
    expect(approved.body.status).toBe('approved');
    expect((await as.staff.get(`/api/panel/workers/${worker.id}`)).body.payLevel).toBe(worker.payLevel + 1);
  });
});

describe('the 揭榜领单 item', () => {
  it('is proposed from the worker’s task-board points when the worker is also a party member; another score needs a reason', async () => {
    const entries = (await as.supervisor.get('/api/panel/points-entries?range=[0,99]&sort=["id","ASC"]'))
      .body;
    const entry = entries.find((e: { holderMember: string | null }) => e.holderMember);
    const quarterYear = Number(entry.quarter.slice(0, 4));
    const member = entry.holderMember;
    const worker = await firstId(app.strapi, 'api::worker.worker', { position: 'worker' });
    await app.strapi
      .documents('api::party-member.party-member')
      .update({ documentId: member, data: { worker } as never });
    const points = (
      await as.supervisor.get(`/api/panel/points-entries?range=[0,999]&filter=${q({ holderMember: member })}`)
    ).body
      .filter((e: { quarter: string }) => e.quarter.startsWith(String(quarterYear)))
      .reduce((s: number, e: { points: number }) => s + e.points, 0);
    const proposal = Math.round(Math.min(1, points / 50) * 5 * 10) / 10;
    // The form asks before the first save.
    const asked = await as.staff.get(`/api/panel/workers/${worker}/task-board-proposal?year=${quarterYear}`);
    expect(asked.body).toEqual({ worker, year: quarterYear, points, proposal });
    const off = await as.staff
      .post('/api/panel/appraisals')
      .send({ worker, year: quarterYear, ...scoresTotalling(80), taskBoard: proposal === 5 ? 4 : 5 });
    expect(off.status).toBe(400);
    expect(off.body.errors.taskBoardReason).toBe(`与按揭榜领单积分得出的建议分 ${proposal} 不同，请说明理由`);
    const ok = await as.staff
      .post('/api/panel/appraisals')
      .send({ worker, year: quarterYear, ...scoresTotalling(80), taskBoard: proposal });
    expect(ok.body).toMatchObject({ taskBoardProposed: proposal, taskBoard: proposal });
  });
});

describe('the 揭榜领单 proposal before the first save', () => {
  it('is null for a worker who is not a party member', async () => {
    const members = (await as.supervisor.get('/api/panel/party-members?range=[0,999]')).body as {
      worker: string | null;
    }[];
    const linked = new Set(members.map((m) => m.worker));
    const workers = (await as.staff.get('/api/panel/workers?range=[0,99]')).body as { id: string }[];
    const plain = workers.find((w) => !linked.has(w.id)) as { id: string };
    const res = await as.staff.get(`/api/panel/workers/${plain.id}/task-board-proposal?year=2025`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ worker: plain.id, year: 2025, points: null, proposal: null });
  });

  it.each([['2025x'], [''], ['25'], ['二〇二五']])('refuses the year %p, naming the field', async (year) => {
    const worker = await firstId(app.strapi, 'api::worker.worker');
    const res = await as.staff.get(
      `/api/panel/workers/${worker}/task-board-proposal?year=${encodeURIComponent(year)}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ year: '应为整数' });
  });

  it('is not for those who may not enter appraisals, nor outside a clerk’s community', async () => {
    const worker = await firstId(app.strapi, 'api::worker.worker');
    const publicity = api(app, await login(app, 'publicity'));
    expect((await publicity.get(`/api/panel/workers/${worker}/task-board-proposal?year=2025`)).status).toBe(
      403,
    );
    const heping = await firstId(app.strapi, 'api::community.community', { name: '和平社区' });
    const elsewhere = (await as.staff.get('/api/panel/workers?range=[0,299]')).body.find(
      (w: { community: string }) => w.community !== heping,
    );
    const res = await as.clerk.get(`/api/panel/workers/${elsewhere.id}/task-board-proposal?year=2025`);
    expect([403, 404]).toContain(res.status);
  });

  it('answers 404 for a worker that does not exist', async () => {
    expect((await as.staff.get('/api/panel/workers/nope/task-board-proposal?year=2025')).status).toBe(404);
  });
});

describe('the career chain', () => {
  it('goes one stage up from where the worker is, and an approval moves the worker', async () => {
    const worker = await firstId(app.strapi, 'api::worker.worker', { careerStage: 'worker' });
    const skip = await as.staff
      .post('/api/panel/promotions')
      .send({ worker, toStage: 'township', date: '2026-07-01' });
    expect(skip.body.errors).toEqual({ toStage: '只能晋升到下一阶段：cadre' });
    const p = await as.staff
      .post('/api/panel/promotions')
      .send({ worker, toStage: 'cadre', date: '2026-07-01' });
    expect(p.body).toMatchObject({
      kind: 'stage',
      fromStage: 'worker',
      toStage: 'cadre',
      status: 'proposed',
    });
    await as.supervisor.post(`/api/panel/promotions/${p.body.id}/approve`).send({});
    expect((await as.staff.get(`/api/panel/workers/${worker}`)).body.careerStage).toBe('cadre');
    const history = (await as.staff.get(`/api/panel/workers/${worker}/pay-history`)).body;
    expect(history.changes).toEqual([
      expect.objectContaining({ kind: 'stage', fromStage: 'worker', toStage: 'cadre' }),
    ]);
  });
});
