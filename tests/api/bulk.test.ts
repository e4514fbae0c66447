/**
 * Bulk edit (issue 12): one change or one workflow step on each selected row, through the form's own
 * update and the workflow engine — the same permission, scope, validation, locks, hooks and audit — with
 * what went through counted and each refused row named with the form's reason. Also a training's
 * attendees from a selection and from a sheet.
 */
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { communityId, makeSecondment, makeWorker } from '../helpers/workforce';

let app: TestApp;
const as = {} as Record<'staff' | 'clerk' | 'publicity' | 'supervisor', ReturnType<typeof api>>;
let home: string;
let away: string;

const gridIn = async (community: string) =>
  (
    (await app.strapi.db.query('api::grid.grid').findOne({
      where: { community: { documentId: community } },
      select: ['documentId'],
    })) as { documentId: string }
  ).documentId;

const gridOf = async (worker: string) => (await as.staff.get(`/api/panel/workers/${worker}`)).body.grid;

const bulk = (who: ReturnType<typeof api>, resource: string, body: unknown) =>
  who.post(`/api/panel/${resource}/bulk`).send(body as object);

/** A valid resident ID number for a birth date and sequence. */
function idNumber(birth: string, seq: string): string {
  const first17 = `110105${birth.replace(/-/g, '')}${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'clerk', 'publicity', 'supervisor'] as const)
    as[r] = api(app, await login(app, r));
  home = await communityId(app.strapi);
  const communities = (await as.staff.get('/api/panel/communities?range=[0,1]&sort=["id","ASC"]')).body;
  away = communities.map((c: { id: string }) => c.id).find((id: string) => id !== home);
});
afterAll(() => app.stop());

describe('POST /api/panel/:resource/bulk — a field on selected rows', () => {
  it('sets the grid of the selected workers and says how many', async () => {
    const workers = [await makeWorker(app.strapi), await makeWorker(app.strapi)];
    const grid = await gridIn(home);
    const res = await bulk(as.staff, 'workers', { ids: workers, data: { grid } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ updated: 2, refused: [] });
    for (const w of workers) expect(await gridOf(w)).toBe(grid);
  });

  it('leaves an audit entry per row, as single saves do', async () => {
    const workers = [await makeWorker(app.strapi), await makeWorker(app.strapi)];
    await bulk(as.staff, 'workers', { ids: workers, data: { grid: await gridIn(home) } });
    const entries = await app.strapi.db.query('api::audit-entry.audit-entry').findMany({
      where: { resource: 'workers', action: 'update', recordId: { $in: workers } },
      select: ['recordId', 'actorName'],
    });
    expect(entries.map((e) => e.recordId).sort()).toEqual([...workers].sort());
    expect(new Set(entries.map((e) => e.actorName))).toEqual(new Set(['staff']));
  });

  it('is refused as a whole to a role that may not change the resource', async () => {
    const res = await bulk(as.publicity, 'workers', { ids: [await makeWorker(app.strapi)], data: {} });
    expect(res.status).toBe(403);
    expect(res.body.message).toBe('您没有修改社区工作者的权限');
  });

  it('refuses a clerk’s rows outside their community, row by row, and changes the rest', async () => {
    const mine = await makeWorker(app.strapi, { name: '本社区人员' });
    const theirs = await makeWorker(app.strapi, { community: away, name: '外社区人员' });
    const res = await bulk(as.clerk, 'workers', { ids: [mine, theirs], data: { grid: await gridIn(home) } });
    expect(res.status).toBe(200);
    expect(res.body.updated).toBe(1);
    // A row the clerk may not see is named by its id only: its name is not theirs to read.
    expect(res.body.refused).toEqual([
      { id: theirs, label: theirs, message: `找不到编号为 ${theirs} 的社区工作者` },
    ]);
    expect(await gridOf(theirs)).toBeNull();
  });

  it.each([
    ['no ids', { data: { grid: null } }, '请先勾选要批量修改的记录（ids 为记录编号的列表）'],
    [
      'an empty selection',
      { ids: [], data: { grid: null } },
      '请先勾选要批量修改的记录（ids 为记录编号的列表）',
    ],
    ['ids that are not text', { ids: [1, 2], data: { grid: null } }, '记录编号 ids 应为文本编号的列表'],
    ['no change', { ids: ['x'] }, '请给出要修改的字段和值（data 为非空的 JSON 对象）'],
    [
      'a change that is not an object',
      { ids: ['x'], data: [] },
      '请给出要修改的字段和值（data 为非空的 JSON 对象）',
    ],
    [
      '501 ids',
      { ids: Array.from({ length: 501 }, (_, i) => `id${i}`), data: { grid: null } },
      '一次最多批量修改 500 条记录（收到 501 条），请分批进行',
    ],
  ])('answers 400 to %s, with the reason in Chinese', async (_what, body, text) => {
    const res = await bulk(as.staff, 'workers', body);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(text);
  });

  it('refuses each row, in the form’s words, for an unknown field or a bad value', async () => {
    const w = await makeWorker(app.strapi, { name: '字段有误' });
    const form = await as.staff.put(`/api/panel/workers/${w}`).send({ isVeteran: 'maybe', shoeSize: 42 });
    expect(form.status).toBe(400);
    const res = await bulk(as.staff, 'workers', { ids: [w], data: { isVeteran: 'maybe', shoeSize: 42 } });
    expect(res.body).toEqual({
      updated: 0,
      refused: [
        {
          id: w,
          label: '字段有误',
          message: `退役军人：${form.body.errors.isVeteran}；shoeSize：${form.body.errors.shoeSize}`,
        },
      ],
    });
  });

  it('says an unknown step is unknown, as a single step would', async () => {
    const res = await bulk(as.staff, 'workers', { ids: ['x'], action: 'fly' });
    expect(res.status).toBe(404);
  });
});

describe('enrolments marked graduated', () => {
  const GRADUATED = { status: 'graduated', graduatedAt: '2026-07-01', diplomaRegistered: true };
  let program: string;
  const enrol = async (worker: string, enrolledAt = '2025-09-01') => {
    const res = await as.staff.post('/api/panel/enrollments').send({ worker, program, enrolledAt });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const educationOf = async (worker: string) =>
    (await as.staff.get(`/api/panel/workers/${worker}`)).body.education as string;

  beforeAll(async () => {
    program = (await as.staff.get('/api/panel/degree-programs?range=[0,0]')).body[0].id;
  });

  it('raises each worker’s education once: the hook fires exactly once per row', async () => {
    const workers = [
      await makeWorker(app.strapi, { education: 'senior', name: '毕业甲' }),
      await makeWorker(app.strapi, { education: 'junior', name: '毕业乙' }),
    ];
    const enrolments = [await enrol(workers[0]), await enrol(workers[1])];
    const writes = new Map<string, number>();
    app.strapi.documents.use(async (ctx, next) => {
      const id = (ctx.params as { documentId?: string }).documentId ?? '';
      if (ctx.action === 'update' && [...workers, ...enrolments].includes(id))
        writes.set(id, (writes.get(id) ?? 0) + 1);
      return next();
    });
    const res = await bulk(as.staff, 'enrollments', { ids: enrolments, data: GRADUATED });
    expect(res.body).toEqual({ updated: 2, refused: [] });
    expect(Object.fromEntries(writes)).toEqual(
      Object.fromEntries([...workers, ...enrolments].map((id) => [id, 1])),
    );
    for (const w of workers) expect(await educationOf(w)).toBe('college');
  });

  it('refuses the row whose graduation would come before its enrolment, naming its worker', async () => {
    const late = await makeWorker(app.strapi, { name: '晚入学' });
    const ok = await enrol(await makeWorker(app.strapi));
    const bad = await enrol(late, '2026-09-01');
    const form = await as.staff.put(`/api/panel/enrollments/${bad}`).send(GRADUATED);
    const res = await bulk(as.staff, 'enrollments', { ids: [ok, bad], data: GRADUATED });
    expect(res.body).toEqual({
      updated: 1,
      refused: [{ id: bad, label: '晚入学', message: `毕业日期：${form.body.errors.graduatedAt}` }],
    });
  });
});

describe('locks and workflow steps', () => {
  it('refuses a plain edit of a record its workflow has locked', async () => {
    const open = await makeSecondment(app.strapi, 'applied');
    const active = await makeSecondment(app.strapi, 'active');
    const res = await bulk(as.staff, 'secondments', {
      ids: [open.id, active.id],
      data: { targetPost: '综治办副主任' },
    });
    expect(res.body.updated).toBe(1);
    expect(res.body.refused).toEqual([
      { id: active.id, label: expect.any(String), message: '当前状态为“挂职中”，不能修改或删除' },
    ]);
  });

  it('takes a step on each row that may take it and refuses the others with the step’s 409', async () => {
    const applied = await makeSecondment(app.strapi, 'applied');
    const approved = await makeSecondment(app.strapi, 'approved');
    const single = await as.staff.post(`/api/panel/secondments/${approved.id}/test`).send({ testScore: 90 });
    expect(single.status).toBe(409);
    const res = await bulk(as.staff, 'secondments', {
      ids: [applied.id, approved.id],
      action: 'test',
      data: { testScore: 90 },
    });
    expect(res.body.updated).toBe(1);
    expect(res.body.refused).toEqual([
      { id: approved.id, label: expect.any(String), message: single.body.message },
    ]);
    expect((await as.staff.get(`/api/panel/secondments/${applied.id}`)).body).toMatchObject({
      status: 'tested',
      testScore: 90,
    });
  });

  it('refuses a step to a role that may not take it', async () => {
    const applied = await makeSecondment(app.strapi, 'tested');
    const res = await bulk(as.staff, 'secondments', { ids: [applied.id], action: 'approve', data: {} });
    expect(res.status).toBe(403);
  });
});

describe('a training’s attendees', () => {
  const newTraining = async () =>
    (
      await as.staff.post('/api/panel/trainings').send({
        title: '批量加入培训',
        level: 'district',
        startDate: '2026-06-01',
      })
    ).body.id as string;
  const attendeesOf = async (t: string) =>
    ((await as.staff.get(`/api/panel/trainings/${t}`)).body.attendees as string[]).sort();

  it('adds the selected workers and lists those already there or unknown', async () => {
    const t = await newTraining();
    const [a, b] = [await makeWorker(app.strapi, { name: '学员甲' }), await makeWorker(app.strapi)];
    expect((await as.staff.post(`/api/panel/trainings/${t}/attendees`).send({ workers: [a] })).body).toEqual({
      updated: 1,
      refused: [],
    });
    const res = await as.staff
      .post(`/api/panel/trainings/${t}/attendees`)
      .send({ workers: [a, b, 'nobody'] });
    expect(res.body).toEqual({
      updated: 1,
      refused: [
        { id: a, label: '学员甲', message: '已在该培训的参训名单中' },
        { id: 'nobody', label: 'nobody', message: '找不到编号为 nobody 的社区工作者' },
      ],
    });
    expect(await attendeesOf(t)).toEqual([a, b].sort());
  });

  it('is a district record: a clerk may not change it, and a role without update is refused first', async () => {
    const t = await newTraining();
    const mine = await makeWorker(app.strapi);
    const clerk = await as.clerk.post(`/api/panel/trainings/${t}/attendees`).send({ workers: [mine] });
    expect(clerk.status).toBe(403);
    expect(clerk.body.message).toBe('该记录不在您的管辖范围内');
    const sup = await as.supervisor.post(`/api/panel/trainings/${t}/attendees`).send({ workers: [mine] });
    expect(sup.status).toBe(403);
    expect(await attendeesOf(t)).toEqual([]);
  });

  it('adds workers from a sheet of ID numbers or names, refusing bad and unknown rows', async () => {
    const t = await newTraining();
    const id = idNumber('1990-05-01', '426');
    const byId = await makeWorker(app.strapi, { name: '表格甲' });
    await app.strapi.db
      .query('api::worker.worker')
      .update({ where: { documentId: byId }, data: { idNumber: id } });
    const byName = await makeWorker(app.strapi, { name: '表格乙独有' });
    const csv = [
      '序号,姓名,身份证号',
      `1,,${id}`,
      '2,表格乙独有,',
      `3,,${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`,
      '4,查无此人,',
    ].join('\n');
    const res = await as.staff
      .post(`/api/panel/trainings/${t}/attendees/sheet`)
      .attach('file', Buffer.from(csv), '签到表.csv');
    expect(res.status).toBe(200);
    expect(res.body.updated).toBe(2);
    expect(res.body.refused).toEqual([
      { id: '4', label: expect.stringMatching(/^第 4 行：/), message: '身份证号校验位不正确，请核对' },
      {
        id: '5',
        label: '第 5 行：查无此人',
        message: '找不到“查无此人”：不是您管辖范围内的社区工作者',
      },
    ]);
    expect(await attendeesOf(t)).toEqual([byId, byName].sort());
  });

  it('refuses a sheet with neither column, and no file at all', async () => {
    const t = await newTraining();
    const none = await as.staff
      .post(`/api/panel/trainings/${t}/attendees/sheet`)
      .attach('file', Buffer.from('序号,备注\n1,x'), 'a.csv');
    expect(none.status).toBe(400);
    expect(none.body.message).toBe('文件中没有“身份证号”或“姓名”列：第一行应为列名');
    const missing = await as.staff.post(`/api/panel/trainings/${t}/attendees/sheet`).field('x', '1');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toBe('请选择要导入的文件');
  });
});
