/**
 * Training and practice (充电赋能): person-times by level and by year, a worker's trainings and hours
 * through the panel's filter, the practice figures (35 / 64 / 27) from the branch records, and the
 * recruitment batch with its hires.
 */
import { communityId, makeWorker } from '../helpers/workforce';
import { api, firstId, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'clerk' | 'member', ReturnType<typeof api>>;
const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
const overview = async (who = as.supervisor) => (await who.get('/api/panel/stats/overview')).body;

const training = (o: Record<string, unknown>) =>
  as.staff.post('/api/panel/trainings').send({ title: '测试培训', level: 'district', form: 'inbound', ...o });

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'clerk', 'member'] as const) as[r] = api(app, await login(app, r));
});
afterAll(() => app.stop());

describe('training person-times', () => {
  it('by level and by year agree on the demo: 110 province and city, 1,200 district, all in 2025', async () => {
    const s = await overview();
    const p = s.training.personTimes;
    expect(s.workforce.trainingByYear).toEqual([
      { year: 2025, total: p.national + p.provincial + p.municipal + p.district + p.town, ...p },
    ]);
    expect(p.provincial + p.municipal).toBe(110);
    expect(p.district).toBe(1200);
  });

  it('opens a new year with a training that starts in it', async () => {
    const [a, b] = [await makeWorker(app.strapi), await makeWorker(app.strapi)];
    const res = await training({ startDate: '2026-03-01', hours: 8, attendees: [a, b] });
    expect(res.status).toBe(201);
    const years = (await overview()).workforce.trainingByYear;
    expect(years.map((y: { year: number }) => y.year)).toEqual([2025, 2026]);
    expect(years[1]).toEqual({
      year: 2026,
      total: 2,
      national: 0,
      provincial: 0,
      municipal: 0,
      district: 2,
      town: 0,
    });
  });

  it('counts only the attendees a community clerk may see', async () => {
    const s = await overview(as.clerk);
    const total = s.workforce.trainingByYear.reduce((n: number, y: { total: number }) => n + y.total, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(1310);
  });
});

describe('a worker’s trainings and hours', () => {
  it('are the trainings filtered by attendee, one id or several', async () => {
    const worker = await makeWorker(app.strapi);
    const other = await makeWorker(app.strapi);
    const ids = [];
    for (const [startDate, hours, attendees] of [
      ['2026-04-01', 4, [worker]],
      ['2026-05-01', 6.5, [worker, other]],
      ['2026-06-01', 3, [other]],
    ] as const) {
      ids.push((await training({ startDate, hours, attendees })).body.id);
    }
    const mine = (
      await as.staff.get(`/api/panel/trainings?${filter({ attendees: worker })}&sort=["startDate","ASC"]`)
    ).body as { id: string; hours: number }[];
    expect(mine.map((t) => t.id)).toEqual(ids.slice(0, 2));
    expect(mine.reduce((h, t) => h + t.hours, 0)).toBe(10.5);
    const either = (await as.staff.get(`/api/panel/trainings?${filter({ attendees: [worker, other] })}`))
      .body;
    expect(either.map((t: { id: string }) => t.id).sort()).toEqual([...ids].sort());
  });

  it('names a misspelt filter field', async () => {
    const res = await as.staff.get(`/api/panel/trainings?${filter({ attendee: 'x' })}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('不能按“attendee”筛选：培训没有这个字段');
  });

  it('are kept by staff; members see none', async () => {
    expect((await training({ startDate: '2026-04-01' })).status).toBe(201);
    expect(
      (
        await as.supervisor
          .post('/api/panel/trainings')
          .send({ title: 'x', level: 'town', startDate: '2026-04-01' })
      ).status,
    ).toBe(403);
    expect((await as.member.get('/api/panel/trainings')).status).toBe(403);
  });
});

describe('practice: branches and owners’ committees', () => {
  it('gives the document’s 35 branches, 64 red committees and 27 workers leading them', async () => {
    expect((await overview()).practice).toEqual({ branches: 35, redCommittees: 64, workersLeading: 27 });
  });

  it('counts from the records: a new branch and its leader, a committee turning red', async () => {
    const c = await communityId(app.strapi, '和平社区');
    const compound = await firstId(app.strapi, 'api::compound.compound', { community: { documentId: c } });
    const leader = await makeWorker(app.strapi, { community: c });
    const branch = await as.staff
      .post('/api/panel/branches')
      .send({ name: '新建小区党支部', kind: 'party-branch', compound, leadWorker: leader });
    expect(branch.status).toBe(201);
    expect((await overview()).practice).toEqual({ branches: 36, redCommittees: 64, workersLeading: 28 });
    const committee = await as.staff
      .post('/api/panel/branches')
      .send({ name: '新建业委会', kind: 'owners-committee', compound, leadWorker: leader });
    expect((await overview()).practice).toEqual({ branches: 36, redCommittees: 64, workersLeading: 28 });
    await as.staff.put(`/api/panel/branches/${committee.body.id}`).send({ isRed: true });
    expect((await overview()).practice).toEqual({ branches: 36, redCommittees: 65, workersLeading: 28 });
  });

  it('shows a community clerk the branches of their community only', async () => {
    const mine = (await as.clerk.get('/api/panel/branches?range=[0,99]')).body.length;
    const p = (await overview(as.clerk)).practice;
    expect(p.branches + p.redCommittees).toBeLessThanOrEqual(mine);
    expect(p.branches).toBeLessThan(36);
  });
});

describe('recruitment', () => {
  it('lists the 115 workers the demo batch hired on the batch’s record', async () => {
    const batch = await firstId(app.strapi, 'api::recruitment.recruitment');
    const res = await as.staff.get(`/api/panel/recruitments/${batch}`);
    expect(res.body.hires).toHaveLength(115);
    expect((await overview()).recruitment).toEqual({ hired: 115 });
  });
});
