/**
 * The degree programme (学历提升): the subsidy rate floor, subsidies computed on enrolments, and a
 * registered diploma raising the worker's education to college — once, in the write's transaction.
 */
import { makeWorker } from '../helpers/workforce';
import { api, firstId, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'member' | 'publicity', ReturnType<typeof api>>;
let program: string;

const educationOf = async (worker: string) =>
  (
    (await app.strapi.db
      .query('api::worker.worker')
      .findOne({ where: { documentId: worker }, select: ['education'] })) as { education: string }
  ).education;

const newProgram = async (subsidyRate: number) =>
  as.staff.post('/api/panel/degree-programs').send({
    name: '测试学历项目',
    school: '市广播电视大学区分校',
    startYear: 2026,
    endYear: 2029,
    tuition: 8000,
    subsidyRate,
  });

const enrol = async (worker: string, extra: Record<string, unknown> = {}) => {
  const res = await as.staff.post('/api/panel/enrollments').send({ worker, program, cohort: 2, ...extra });
  expect(res.status).toBe(201);
  return res.body as { id: string; subsidy: number; tuition: number };
};

const GRADUATED = { status: 'graduated', graduatedAt: '2026-07-01', diplomaRegistered: true };

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'member', 'publicity'] as const)
    as[r] = api(app, await login(app, r));
  program = await firstId(app.strapi, 'api::degree-program.degree-program');
});
afterAll(() => app.stop());

describe('subsidy rate', () => {
  it.each([
    [0, '0%'],
    [0.3, '30%'],
    [0.499, '49.9%'],
  ])('refuses a programme subsidising %p of tuition, on the field', async (rate, shown) => {
    const res = await newProgram(rate);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({
      subsidyRate: `学费补贴比例不得低于 50%，也不能超过 100%（收到 ${shown}）`,
    });
    expect(res.body.message).toBe('有 1 处填写有误：补贴比例');
  });

  it('says so in English', async () => {
    const res = await as.staff
      .post('/api/panel/degree-programs')
      .set('Accept-Language', 'en')
      .send({ name: 'x', school: 'y', startYear: 2026, endYear: 2029, tuition: 1, subsidyRate: 0.2 });
    expect(res.body.errors.subsidyRate).toBe(
      'The tuition subsidy must be at least 50% and at most 100% (got 20%)',
    );
  });

  it.each([0.5, 0.8, 1])('takes a programme subsidising %p of tuition', async (rate) => {
    const res = await newProgram(rate);
    expect(res.status).toBe(201);
    expect(res.body.subsidyRate).toBe(rate);
  });

  it('refuses lowering an existing programme below the floor and leaves it as it was', async () => {
    const res = await as.staff.put(`/api/panel/degree-programs/${program}`).send({ subsidyRate: 0.45 });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual(['subsidyRate']);
    expect((await as.staff.get(`/api/panel/degree-programs/${program}`)).body.subsidyRate).toBe(0.5);
  });

  it('is not for supervisors or members to change', async () => {
    expect(
      (await as.supervisor.put(`/api/panel/degree-programs/${program}`).send({ subsidyRate: 0.6 })).status,
    ).toBe(403);
    expect((await newProgramAs(as.member)).status).toBe(403);
  });
});

const newProgramAs = (who: ReturnType<typeof api>) =>
  who
    .post('/api/panel/degree-programs')
    .send({ name: 'x', school: 'y', startYear: 2026, endYear: 2029, tuition: 1 });

describe('subsidy amounts', () => {
  it('are tuition × the programme’s rate on the demo’s first cohort', async () => {
    const res = await as.staff.get(
      `/api/panel/enrollments?filter=${encodeURIComponent(JSON.stringify({ cohort: 1 }))}&range=[0,99]`,
    );
    expect(res.body).toHaveLength(71);
    expect(new Set(res.body.map((e: { subsidy: number }) => e.subsidy))).toEqual(new Set([3000]));
  });

  it('are computed on enrolment, from the programme’s tuition when none is given; a subsidy sent is ignored', async () => {
    expect(await enrol(await makeWorker(app.strapi), { tuition: 5000, subsidy: 99 })).toMatchObject({
      tuition: 5000,
      subsidy: 2500,
    });
    expect(await enrol(await makeWorker(app.strapi))).toMatchObject({ tuition: 6000, subsidy: 3000 });
  });

  it('follow a change of tuition', async () => {
    const e = await enrol(await makeWorker(app.strapi), { tuition: 5000 });
    const res = await as.staff.put(`/api/panel/enrollments/${e.id}`).send({ tuition: 4321.5 });
    expect(res.body.subsidy).toBe(2160.75);
  });

  it('follow a change of the programme’s rate', async () => {
    const other = (await newProgram(0.5)).body.id as string;
    const res = await as.staff
      .post('/api/panel/enrollments')
      .send({ worker: await makeWorker(app.strapi), program: other, cohort: 1 });
    expect(res.body).toMatchObject({ tuition: 8000, subsidy: 4000 });
    await as.staff.put(`/api/panel/degree-programs/${other}`).send({ subsidyRate: 0.75 });
    expect((await as.staff.get(`/api/panel/enrollments/${res.body.id}`)).body.subsidy).toBe(6000);
  });

  it('need a worker and a programme', async () => {
    const res = await as.staff.post('/api/panel/enrollments').send({ cohort: 2 });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ worker: '必填', program: '必填' });
  });

  it('are kept by staff only', async () => {
    const worker = await makeWorker(app.strapi);
    for (const who of [as.member, as.publicity, as.supervisor])
      expect((await who.post('/api/panel/enrollments').send({ worker, program, cohort: 2 })).status).toBe(
        403,
      );
  });
});

describe('graduation', () => {
  it('with a registered diploma raises a senior-school worker to college and says so on the enrolment', async () => {
    const worker = await makeWorker(app.strapi, { education: 'senior' });
    const e = await enrol(worker);
    const res = await as.staff.put(`/api/panel/enrollments/${e.id}`).send(GRADUATED);
    expect(res.body).toMatchObject({ ...GRADUATED, educationRaised: true });
    expect(await educationOf(worker)).toBe('college');
  });

  it('waits for the diploma to be registered', async () => {
    const worker = await makeWorker(app.strapi, { education: 'junior' });
    const e = await enrol(worker);
    await as.staff.put(`/api/panel/enrollments/${e.id}`).send({ ...GRADUATED, diplomaRegistered: false });
    expect(await educationOf(worker)).toBe('junior');
    const res = await as.staff.put(`/api/panel/enrollments/${e.id}`).send({ diplomaRegistered: true });
    expect(res.body.educationRaised).toBe(true);
    expect(await educationOf(worker)).toBe('college');
  });

  it('happens once: saved twice, the worker is written once, and a later correction of the worker stands', async () => {
    const worker = await makeWorker(app.strapi, { education: 'junior' });
    const e = await enrol(worker);
    let writes = 0;
    app.strapi.documents.use(async (ctx, next) => {
      const id = (ctx.params as { documentId?: string }).documentId;
      if (ctx.uid === 'api::worker.worker' && ctx.action === 'update' && id === worker) writes += 1;
      return next();
    });
    await as.staff.put(`/api/panel/enrollments/${e.id}`).send(GRADUATED);
    await as.staff.put(`/api/panel/enrollments/${e.id}`).send(GRADUATED);
    expect(writes).toBe(1);
    await app.strapi.db
      .query('api::worker.worker')
      .update({ where: { documentId: worker }, data: { education: 'senior' } });
    await as.staff.put(`/api/panel/enrollments/${e.id}`).send({ ...GRADUATED, graduatedAt: '2026-07-02' });
    expect(await educationOf(worker)).toBe('senior');
    expect(writes).toBe(1);
  });

  it('leaves a worker who already holds more than college as they are', async () => {
    const worker = await makeWorker(app.strapi, { education: 'bachelor' });
    const e = await enrol(worker);
    const res = await as.staff.put(`/api/panel/enrollments/${e.id}`).send(GRADUATED);
    expect(res.body.educationRaised).toBe(false);
    expect(await educationOf(worker)).toBe('bachelor');
  });

  it('is undone with the write it came with: one transaction', async () => {
    const worker = await makeWorker(app.strapi, { education: 'junior' });
    const e = await enrol(worker);
    await expect(
      app.strapi.db.transaction(async () => {
        await app.strapi
          .documents('api::enrollment.enrollment')
          .update({ documentId: e.id, data: GRADUATED as never });
        expect(await educationOf(worker)).toBe('college');
        throw new Error('the rest of the save failed');
      }),
    ).rejects.toThrow('the rest of the save failed');
    expect(await educationOf(worker)).toBe('junior');
    expect((await as.staff.get(`/api/panel/enrollments/${e.id}`)).body).toMatchObject({
      status: 'enrolled',
      educationRaised: false,
    });
  });

  it('moves the programme’s progress on the dashboard', async () => {
    const programmes = (await as.staff.get('/api/panel/degree-programs?range=[0,99]')).body as {
      endYear: number;
    }[];
    const before = (await as.supervisor.get('/api/panel/stats/overview')).body;
    const endYear = Math.max(...programmes.map((p) => p.endYear));
    expect(before.workforce.degreeProgress).toMatchObject({ target: 1, endYear });
    const worker = await makeWorker(app.strapi, { education: 'junior' });
    const middle = (await as.supervisor.get('/api/panel/stats/overview')).body;
    const e = await enrol(worker);
    await as.staff.put(`/api/panel/enrollments/${e.id}`).send(GRADUATED);
    const after = (await as.supervisor.get('/api/panel/stats/overview')).body;
    expect(after.workforce.degreeProgress.belowCollege).toBe(
      middle.workforce.degreeProgress.belowCollege - 1,
    );
    expect(after.workforce.degreeProgress.collegeRate).toBeGreaterThan(
      middle.workforce.degreeProgress.collegeRate,
    );
    expect(after.degree.graduated).toBe(middle.degree.graduated + 1);
  });
});
