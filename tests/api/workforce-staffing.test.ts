/**
 * Staffing (雁阵齐飞): one current secretary per community, the staffing quota against headcount by
 * position, reserves (≥3 per community) and their mentors (1+N), as the panel and the dashboard show them.
 */
import { communityId, makeWorker } from '../helpers/workforce';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'clerk' | 'member', ReturnType<typeof api>>;

interface Row {
  documentId: string;
  name: string;
}
const workersOf = async (community: string, where: Record<string, unknown> = {}) =>
  (await app.strapi.db.query('api::worker.worker').findMany({
    where: { community: { documentId: community }, status: { $notIn: ['left', 'dismissed'] }, ...where },
    select: ['documentId', 'name'],
    orderBy: { id: 'asc' },
  })) as Row[];
const secretaryOf = async (community: string) => (await workersOf(community, { position: 'secretary' }))[0];
const overview = async (who = as.supervisor) => (await who.get('/api/panel/stats/overview')).body;
const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

const secretaryBody = async (community: string) => ({
  name: '新任书记',
  gender: 'male',
  birthDate: '1988-08-08',
  education: 'bachelor',
  community,
  position: 'secretary',
  postTier: 1,
});

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'clerk', 'member'] as const) as[r] = api(app, await login(app, r));
});
afterAll(() => app.stop());

describe('secretary figures on a chosen reference date', () => {
  it.each([
    ['', '2026-06-30', 37.9],
    ['?at=2027-06-30', '2027-06-30', 38.9],
    ['?at=2016-06-30', '2016-06-30', 27.9],
  ])('overview%s: on %s the 39 secretaries average %p years', async (query, referenceDate, averageAge) => {
    const s = (await as.supervisor.get(`/api/panel/stats/overview${query}`)).body;
    expect(s.referenceDate).toBe(referenceDate);
    expect(s.secretaries).toMatchObject({ count: 39, averageAge, concurrentRate: 1 });
  });

  it('refuses a date that does not exist', async () => {
    const res = await as.supervisor.get('/api/panel/stats/overview?at=2027-02-29');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^筛选条件“at”的值无效/);
  });
});

describe('one current secretary per community', () => {
  it('refuses a second secretary, naming the community and its secretary, on the position field', async () => {
    const heping = await communityId(app.strapi, '和平社区');
    const { name } = await secretaryOf(heping);
    const res = await as.staff.post('/api/panel/workers').send(await secretaryBody(heping));
    expect(res.status).toBe(409);
    const text = `和平社区已有现任书记${name}，一个社区只能有一名书记`;
    expect(res.body).toMatchObject({ message: text, errors: { position: text } });
    const en = await as.staff
      .post('/api/panel/workers')
      .set('Accept-Language', 'en')
      .send(await secretaryBody(heping));
    expect(en.body.message).toBe(`和平社区 already has a secretary, ${name}: a community has one secretary`);
    expect(await workersOf(heping, { name: '新任书记' })).toEqual([]);
  });

  it('refuses promoting a deputy while the secretary is in post, and takes it once the secretary has left', async () => {
    const c = await communityId(app.strapi, '解放社区');
    const secretary = await secretaryOf(c);
    const [deputy] = await workersOf(c, { position: 'deputy' });
    const early = await as.staff
      .put(`/api/panel/workers/${deputy.documentId}`)
      .send({ position: 'secretary' });
    expect(early.status).toBe(409);
    expect((await as.staff.get(`/api/panel/workers/${deputy.documentId}`)).body.position).toBe('deputy');
    expect(
      (await as.staff.put(`/api/panel/workers/${secretary.documentId}`).send({ status: 'left' })).status,
    ).toBe(200);
    const s = await overview();
    expect(s.workforce.withoutSecretary).toContainEqual({ id: c, name: '解放社区' });
    const res = await as.staff.put(`/api/panel/workers/${deputy.documentId}`).send({ position: 'secretary' });
    expect(res.status).toBe(200);
    expect((await overview()).workforce.withoutSecretary).not.toContainEqual({ id: c, name: '解放社区' });
  });

  it('counts a seconded secretary as in post, and takes them back', async () => {
    const c = await communityId(app.strapi, '人民社区');
    const secretary = await secretaryOf(c);
    await as.staff.put(`/api/panel/workers/${secretary.documentId}`).send({ status: 'seconded' });
    expect((await as.staff.post('/api/panel/workers').send(await secretaryBody(c))).status).toBe(409);
    const back = await as.staff.put(`/api/panel/workers/${secretary.documentId}`).send({ status: 'active' });
    expect(back.status).toBe(200);
    const edit = await as.staff
      .put(`/api/panel/workers/${secretary.documentId}`)
      .send({ phone: '13900001111' });
    expect(edit.status).toBe(200);
  });

  it('refuses moving a secretary into a community that has one', async () => {
    const from = await secretaryOf(await communityId(app.strapi, '建设社区'));
    const to = await communityId(app.strapi, '新华社区');
    const res = await as.staff.put(`/api/panel/workers/${from.documentId}`).send({ community: to });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/^新华社区已有现任书记/);
  });

  it('refuses it through the Document Service too (Strapi’s own admin, scripts)', async () => {
    const c = await communityId(app.strapi, '光明社区');
    await expect(
      app.strapi.documents('api::worker.worker').create({ data: (await secretaryBody(c)) as never }),
    ).rejects.toMatchObject({ status: 409, code: 'secretary_exists' });
    expect(await workersOf(c, { position: 'secretary' })).toHaveLength(1);
  });

  it('of three concurrent appointments to a community without a secretary, exactly one lands', async () => {
    const c = await communityId(app.strapi, '民主社区');
    const old = await secretaryOf(c);
    await as.staff.put(`/api/panel/workers/${old.documentId}`).send({ status: 'left' });
    const body = await secretaryBody(c);
    const all = await Promise.all([1, 2, 3].map(() => as.staff.post('/api/panel/workers').send(body)));
    expect(all.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await workersOf(c, { position: 'secretary' })).toHaveLength(1);
  });

  it('lets a community clerk appoint a secretary only in their community', async () => {
    const away = await communityId(app.strapi, '幸福社区');
    const res = await as.clerk.post('/api/panel/workers').send(await secretaryBody(away));
    expect(res.status).toBe(403);
  });
});

describe('staffing quota against headcount', () => {
  it('follows population, area and security level, and lists the community under quota', async () => {
    const c = await communityId(app.strapi, '胜利社区');
    const put = await as.staff
      .put(`/api/panel/communities/${c}`)
      .send({ population: 9000, areaKm2: 4.2, securityLevel: 'complex' });
    expect(put.status).toBe(200);
    const { workforce } = await overview();
    const headcount = (await workersOf(c)).length;
    const mine = workforce.perCommunity.find((x: { id: string }) => x.id === c);
    expect(mine).toMatchObject({ name: '胜利社区', quota: 15, headcount, staffing: 'under', secretaries: 1 });
    expect(Object.values(mine.byPosition).reduce((a, b) => Number(a) + Number(b), 0)).toBe(headcount);
    expect(workforce.under).toContainEqual({ id: c, name: '胜利社区', quota: 15, headcount });
  });

  it('lists a small, quiet community over quota, and stops counting a worker who left', async () => {
    const c = await communityId(app.strapi, '文化社区');
    await as.staff
      .put(`/api/panel/communities/${c}`)
      .send({ population: 0, areaKm2: 0, securityLevel: 'stable' });
    const headcount = (await workersOf(c)).length;
    let { workforce } = await overview();
    expect(workforce.over).toContainEqual({ id: c, name: '文化社区', quota: 5, headcount });
    const [gridWorker] = await workersOf(c, { position: 'grid', isReserve: false });
    await as.staff.put(`/api/panel/workers/${gridWorker.documentId}`).send({ status: 'left' });
    ({ workforce } = await overview());
    expect(workforce.perCommunity.find((x: { id: string }) => x.id === c).headcount).toBe(headcount - 1);
  });

  it('adds up: totals, positions, and the counts of communities over and under', async () => {
    const { workforce } = await overview();
    type Line = { quota: number; headcount: number; staffing: string; byPosition: Record<string, number> };
    const lines = workforce.perCommunity as Line[];
    expect(lines).toHaveLength(39);
    expect(workforce.quota).toBe(lines.reduce((s, l) => s + l.quota, 0));
    expect(workforce.headcount).toBe(lines.reduce((s, l) => s + l.headcount, 0));
    expect(Object.values(workforce.byPosition).reduce((a, b) => Number(a) + Number(b), 0)).toBe(
      workforce.headcount,
    );
    expect(workforce.communitiesOver).toBe(workforce.over.length);
    expect(workforce.communitiesUnder).toBe(workforce.under.length);
    expect(workforce.communitiesOver + workforce.communitiesUnder).toBe(
      lines.filter((l) => l.staffing !== 'at').length,
    );
  });

  it('shows a community clerk their own community only', async () => {
    const { workforce } = await overview(as.clerk);
    expect(workforce.perCommunity.map((x: { name: string }) => x.name)).toEqual(['和平社区']);
  });

  it('is not for members', async () => {
    expect((await as.member.get('/api/panel/stats/overview')).status).toBe(403);
  });
});

describe('reserves and mentors', () => {
  it('keeps at least 3 reserves in every demo community, each with a mentor', async () => {
    const s = await overview();
    expect(s.reserves).toMatchObject({ minimum: 3, communitiesBelow: 0, below: [] });
    expect(s.workforce.reservesWithoutMentor).toEqual([]);
  });

  it('flags a community that falls below 3 reserves, and a reserve left without a mentor', async () => {
    const c = await communityId(app.strapi, '幸福社区');
    const [first, second] = await workersOf(c, { isReserve: true });
    await as.staff.put(`/api/panel/workers/${first.documentId}`).send({ isReserve: false });
    await as.staff.put(`/api/panel/workers/${second.documentId}`).send({ mentor: null });
    const s = await overview();
    expect(s.reserves.communitiesBelow).toBe(1);
    expect(s.reserves.below).toEqual([{ id: c, name: '幸福社区', reserves: 2 }]);
    expect(s.workforce.reservesWithoutMentor).toEqual([{ id: second.documentId, name: second.name }]);
  });

  it('gives a mentor any number of mentees (1+N), listed on the mentor’s record', async () => {
    const c = await communityId(app.strapi, '东湖社区');
    const mentor = await secretaryOf(c);
    const extra = await makeWorker(app.strapi, { community: c });
    expect(
      (await as.staff.put(`/api/panel/workers/${extra}`).send({ mentor: mentor.documentId })).status,
    ).toBe(200);
    const record = (await as.staff.get(`/api/panel/workers/${mentor.documentId}`)).body;
    const listed = (await as.staff.get(`/api/panel/workers?${filter({ mentor: mentor.documentId })}`)).body;
    expect(record.mentees).toHaveLength(4);
    expect(listed.map((w: { id: string }) => w.id).sort()).toEqual([...record.mentees].sort());
  });

  it('finds a reserve’s trial posts and appraisals by filtering on the worker', async () => {
    const posts = (await as.staff.get('/api/panel/trial-posts?range=[0,0]')).body;
    const worker = posts[0].worker as string;
    const mine = (await as.staff.get(`/api/panel/trial-posts?${filter({ worker })}`)).body;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((p: { worker: string }) => p.worker === worker)).toBe(true);
    const appraisals = await as.staff.get(`/api/panel/appraisals?${filter({ worker })}`);
    expect(appraisals.status).toBe(200);
    expect(appraisals.body.every((a: { worker: string }) => a.worker === worker)).toBe(true);
  });
});
