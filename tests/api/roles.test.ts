/**
 * Who may do what: an allowed and a denied call for every role in every family of resources, scope
 * isolation between communities and towns, ownership for members and units, masking of personal data.
 */
import { api, createAccount, firstId, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const jwt: Record<string, string> = {};
let heping: string; // the clerk's community
let elsewhere: string; // a community in another town
let chengguan: string; // the clerk's town (城关街道, 10 communities)

beforeAll(async () => {
  app = await startStrapi();
  heping = await firstId(app.strapi, 'api::community.community', { name: '和平社区' });
  elsewhere = await firstId(app.strapi, 'api::community.community', { name: '青山社区' });
  chengguan = await firstId(app.strapi, 'api::town.town', { name: '城关街道' });
  await createAccount(app.strapi, 'town-supervisor', { role: 'supervisor', scopeTown: chengguan });
  for (const u of ['staff', 'publicity', 'supervisor', 'member', 'unit', 'clerk', 'town-supervisor'])
    jwt[u] = await login(app, u);
});
afterAll(() => app.stop());

const as = (user: string) => api(app, jwt[user]);

describe('each role in each family of resources', () => {
  it.each([
    // organisation and people
    ['staff', 'get', '/api/panel/workers', 200],
    ['staff', 'get', '/api/panel/audit-entries', 403],
    ['publicity', 'get', '/api/panel/communities', 200],
    ['publicity', 'get', '/api/panel/trainings', 403],
    ['supervisor', 'get', '/api/panel/party-members', 200],
    ['member', 'get', '/api/panel/workers', 403],
    ['unit', 'get', '/api/panel/party-members', 200],
    ['unit', 'get', '/api/panel/recruitments', 403],
    // training
    ['staff', 'get', '/api/panel/enrollments', 200],
    ['member', 'get', '/api/panel/trainings', 403],
    // incentives
    ['publicity', 'get', '/api/panel/honours', 200],
    ['staff', 'get', '/api/panel/honours', 200],
    ['unit', 'get', '/api/panel/appraisals', 403],
    ['supervisor', 'get', '/api/panel/appraisals', 200],
    // task board
    ['member', 'get', '/api/panel/tasks', 200],
    ['unit', 'get', '/api/panel/points-entries', 200],
    ['publicity', 'get', '/api/panel/tasks', 403],
    // system
    ['supervisor', 'get', '/api/panel/audit-entries', 200],
    ['supervisor', 'get', '/api/panel/users', 200],
    ['staff', 'get', '/api/panel/users', 403],
    ['member', 'get', '/api/panel/users', 403],
  ] as const)('%s %s %s → %i', async (user, method, url, code) => {
    const res = await as(user)[method](url);
    expect(res.status).toBe(code);
    if (code === 403) expect(res.body.message).toMatch(/您没有.+的权限/);
  });

  it.each([
    ['publicity', 'workers', { name: '宣传' }],
    ['supervisor', 'workers', { name: '领导' }],
    ['staff', 'honours', { title: '职员' }],
    ['member', 'tasks', { title: '党员' }],
    ['unit', 'boards', { number: 1 }],
  ])('%s may not create %s', async (user, resource, body) => {
    const res = await as(user).post(`/api/panel/${resource}`).send(body);
    expect(res.status).toBe(403);
  });

  it('publicity writes honours, staff do not delete them', async () => {
    const worker = await firstId(app.strapi, 'api::worker.worker');
    const created = await as('publicity')
      .post('/api/panel/honours')
      .send({ title: '优秀网格员', category: 'personal', level: 'town', year: 2026, worker });
    expect(created.status).toBe(201);
    expect((await as('staff').delete(`/api/panel/honours/${created.body.id}`)).status).toBe(403);
    expect((await as('publicity').delete(`/api/panel/honours/${created.body.id}`)).status).toBe(200);
  });

  it('refuses a request without a token, or with a bad one, with 401', async () => {
    expect((await api(app).get('/api/panel/workers')).status).toBe(401);
    const bad = await api(app, 'not-a-token').get('/api/panel/workers');
    expect(bad.status).toBe(401);
    expect(bad.body.message).toBe('登录已失效，请重新登录');
  });

  it('shuts out a blocked account at once', async () => {
    await createAccount(app.strapi, 'blocked-clerk', { role: 'staff' });
    const token = await login(app, 'blocked-clerk');
    expect((await api(app, token).get('/api/panel/me')).status).toBe(200);
    await app.strapi.db
      .query('plugin::users-permissions.user')
      .update({ where: { username: 'blocked-clerk' }, data: { blocked: true } });
    expect((await api(app, token).get('/api/panel/me')).status).toBe(401);
  });
});

describe('scope', () => {
  it('a community clerk sees only their community’s workers', async () => {
    const res = await as('clerk').get('/api/panel/workers?range=[0,999]');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(new Set(res.body.map((w: { community: string }) => w.community))).toEqual(new Set([heping]));
    expect(res.headers['content-range']).toBe(`workers 0-${res.body.length - 1}/${res.body.length}`);
  });

  it('a record outside the scope is not found, not merely forbidden', async () => {
    const other = await firstId(app.strapi, 'api::worker.worker', { community: { documentId: elsewhere } });
    expect((await as('clerk').get(`/api/panel/workers/${other}`)).status).toBe(404);
    expect((await as('clerk').put(`/api/panel/workers/${other}`).send({ name: '越权' })).status).toBe(404);
    expect((await as('clerk').delete(`/api/panel/workers/${other}`)).status).toBe(404);
  });

  it('a clerk cannot move a record out of their community or create one elsewhere', async () => {
    const mine = await firstId(app.strapi, 'api::worker.worker', { community: { documentId: heping } });
    const move = await as('clerk').put(`/api/panel/workers/${mine}`).send({ community: elsewhere });
    expect(move.status).toBe(403);
    expect(move.body.message).toBe('该记录不在您的管辖范围内');
    const worker = {
      name: '新人',
      gender: 'female',
      birthDate: '1998-03-04',
      education: 'bachelor',
      position: 'worker',
      postTier: 4,
    };
    expect(
      (
        await as('clerk')
          .post('/api/panel/workers')
          .send({ ...worker, community: elsewhere })
      ).status,
    ).toBe(403);
    expect(
      (
        await as('clerk')
          .post('/api/panel/workers')
          .send({ ...worker, community: heping })
      ).status,
    ).toBe(201);
  });

  it('scope follows a record through its relations (a branch belongs to its compound’s community)', async () => {
    const res = await as('clerk').get('/api/panel/branches?range=[0,999]');
    const compounds = await as('clerk').get('/api/panel/compounds?range=[0,999]');
    const mine = new Set(compounds.body.map((c: { id: string }) => c.id));
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((b: { compound: string }) => mine.has(b.compound))).toBe(true);
  });

  it('district-wide records are readable by a scoped clerk but only district accounts change them', async () => {
    expect((await as('clerk').get('/api/panel/trainings')).status).toBe(200);
    const res = await as('clerk')
      .post('/api/panel/trainings')
      .send({ title: '社区自办培训', level: 'town', form: 'inbound', startDate: '2026-05-01' });
    expect(res.status).toBe(403);
  });

  it('a town supervisor sees the communities of their town, and no others', async () => {
    const res = await as('town-supervisor').get('/api/panel/communities?range=[0,99]');
    expect(res.body).toHaveLength(10);
    expect(res.body.every((c: { town: string }) => c.town === chengguan)).toBe(true);
    const stats = await as('town-supervisor').get('/api/panel/stats/overview');
    expect(stats.body.secretaries.count).toBe(10);
  });
});

describe('members and units see what is theirs', () => {
  it('a member sees this week’s board and their own claims, nothing else', async () => {
    const me = (await as('member').get('/api/panel/me')).body.member;
    const open = (
      await as('staff').get('/api/panel/boards?filter=' + encodeURIComponent('{"status":"open"}'))
    ).body[0].id;
    const res = await as('member').get('/api/panel/tasks?range=[0,999]');
    expect(res.body.length).toBeGreaterThan(0);
    for (const t of res.body) expect(t.board === open || t.claimantMember === me).toBe(true);
    const offBoard = await firstId(app.strapi, 'api::task.task', { status: 'collected' });
    expect((await as('member').get(`/api/panel/tasks/${offBoard}`)).status).toBe(404);
  });

  it('a unit sees only its own points', async () => {
    const me = (await as('unit').get('/api/panel/me')).body.unit;
    const res = await as('unit').get('/api/panel/points-entries?range=[0,999]');
    expect(res.body.every((e: { holderUnit: string }) => e.holderUnit === me)).toBe(true);
  });

  it('a member reads their own party-member record and no one else’s', async () => {
    const res = await as('member').get('/api/panel/party-members');
    expect(res.body).toHaveLength(1);
    const other = await firstId(app.strapi, 'api::party-member.party-member', {
      documentId: { $ne: res.body[0].id },
    });
    expect((await as('member').get(`/api/panel/party-members/${other}`)).status).toBe(404);
  });
});

describe('personal data', () => {
  const masked = /^\d{3}\*+\d{3}[\dX]$/;

  it('lists mask ID numbers and phones, even for staff', async () => {
    const res = await as('staff').get('/api/panel/workers?range=[0,9]');
    for (const w of res.body) {
      expect(w.idNumber).toMatch(masked);
      expect(w.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
  });

  it.each([
    ['staff', true],
    ['supervisor', true],
    ['clerk', true],
    ['publicity', false],
  ])('one worker’s record shows the whole ID number to %s: %p', async (user, whole) => {
    const id = await firstId(app.strapi, 'api::worker.worker', { community: { documentId: heping } });
    const res = await as(user).get(`/api/panel/workers/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.idNumber).toMatch(whole ? /^\d{17}[\dX]$/ : masked);
  });

  it('members never see a phone number whole, not even their own', async () => {
    const res = await as('member').get('/api/panel/party-members');
    const one = await as('member').get(`/api/panel/party-members/${res.body[0].id}`);
    expect(one.body.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('saving a record with a masked value sent back keeps the real value', async () => {
    const id = await firstId(app.strapi, 'api::worker.worker');
    const listed = (
      await as('staff').get(`/api/panel/workers?filter=${encodeURIComponent(JSON.stringify({ id: [id] }))}`)
    ).body[0];
    const res = await as('staff')
      .put(`/api/panel/workers/${id}`)
      .send({ ...listed, name: '改名' });
    expect(res.status).toBe(200);
    expect(res.body.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(res.body.name).toBe('改名');
  });
});
