/** The parts of the panel API contract (DESIGN.md §3) that are not about one resource. */
import request from 'supertest';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(() => app.stop());

describe('GET /api/panel/me', () => {
  it.each([
    ['staff', 'staff', { level: 'district', id: null, name: null }],
    ['clerk', 'staff', { level: 'community', id: expect.any(String), name: '和平社区' }],
    ['supervisor', 'supervisor', { level: 'district', id: null, name: null }],
    ['publicity', 'publicity', { level: 'district', id: null, name: null }],
  ])('%s is a %s with scope %j', async (user, role, scope) => {
    const res = await api(app, await login(app, user)).get('/api/panel/me');
    expect(res.body).toMatchObject({ id: expect.any(Number), username: user, role, scope });
  });

  it('tells a member who they are and a unit what it is', async () => {
    const member = (await api(app, await login(app, 'member')).get('/api/panel/me')).body;
    const unit = (await api(app, await login(app, 'unit')).get('/api/panel/me')).body;
    expect(member).toMatchObject({ role: 'member', member: expect.any(String), unit: null });
    expect(unit).toMatchObject({ role: 'unit', member: null, unit: expect.any(String) });
    expect(member.permissions.tasks).toEqual(['find', 'findOne', 'claim', 'submit']);
  });
});

describe('GET /api/panel/schema', () => {
  it('describes fields, types, enums with labels, relations and required flags', async () => {
    const res = await api(app, await login(app, 'staff')).get('/api/panel/schema');
    const workers = res.body.resources.find((r: { name: string }) => r.name === 'workers');
    expect(workers).toMatchObject({
      labels: { zh: '社区工作者', en: 'Community workers' },
      group: 'organisation',
      mainField: 'name',
    });
    expect(workers.can).toEqual({ find: true, findOne: true, create: true, update: true, delete: true });
    const field = (name: string) => workers.fields.find((f: { name: string }) => f.name === name);
    expect(field('education')).toMatchObject({
      type: 'enumeration',
      required: true,
      choices: expect.arrayContaining([{ id: 'college', labels: { zh: '大专', en: 'College' } }]),
    });
    expect(field('community')).toMatchObject({
      type: 'relation',
      required: true,
      relation: { resource: 'communities', many: false },
    });
    expect(field('mentees')).toMatchObject({
      readOnly: true,
      relation: { resource: 'workers', many: true, inverse: true },
    });
    expect(field('postTier')).toMatchObject({ type: 'integer', min: 1, max: 4 });
    expect(field('idNumber')).toMatchObject({ mask: 'idNumber', unique: true });
    expect(res.body.groups.zh).toMatchObject({
      organisation: '雁阵齐飞',
      training: '充电赋能',
      incentives: '激励关爱',
      board: '五亮五共',
    });
  });

  it('says what this viewer may do', async () => {
    const res = await api(app, await login(app, 'member')).get('/api/panel/schema');
    const can = (name: string) => res.body.resources.find((r: { name: string }) => r.name === name).can;
    expect(can('tasks')).toMatchObject({ find: true, create: false, delete: false });
    expect(can('workers').find).toBe(false);
    expect(can('objections').create).toBe(true);
  });
});

describe('GET /api/panel/rules', () => {
  it('gives screens the district’s rulebook: appraisal conditions, pay posts, task points', async () => {
    const res = await api(app, await login(app, 'staff')).get('/api/panel/rules');
    expect(res.body.appraisal.barsExcellent).toHaveLength(3);
    expect(res.body.appraisal.dismissal[0]).toEqual({ key: 'D1', text: '连续两年年度考核不合格的' });
    expect(res.body.appraisal.items[0]).toEqual({ key: 'duty', label: '履职尽责', weight: 30 });
    expect(res.body.taskBoard.pointsByDifficulty).toEqual([2, 4, 6, 8, 10]);
    expect(res.body.pay.posts).toHaveLength(4);
    expect((await api(app).get('/api/panel/rules')).status).toBe(401);
  });

  it('gives the appraisal’s texts in English on request', async () => {
    const res = await api(app, await login(app, 'staff'))
      .get('/api/panel/rules')
      .set('Accept-Language', 'en');
    expect(res.body.appraisal.dismissal[0]).toEqual({
      key: 'D1',
      text: 'Failed the yearly appraisal two years running',
    });
    expect(res.body.appraisal.items[0].label).toBe('Duty');
  });
});

describe('CORS for react-admin on another origin', () => {
  it('allows the Range header and exposes Content-Range', async () => {
    const pre = await request(app.url)
      .options('/api/panel/workers')
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization,range');
    expect(pre.status).toBeLessThan(300);
    expect(pre.headers['access-control-allow-headers'].toLowerCase()).toContain('range');
    const res = await api(app, await login(app, 'staff'))
      .get('/api/panel/workers')
      .set('Origin', 'http://localhost:5173');
    expect(res.headers['access-control-expose-headers']).toContain('Content-Range');
    expect(res.headers['content-range']).toMatch(/^workers 0-24\/\d+$/);
  });
});

describe("Strapi's stock REST routes", () => {
  it.each(['/api/workers', '/api/workers/abc', '/api/audit-entries', '/api/users'])(
    'are closed: %s',
    async (url) => {
      const res = await api(app, await login(app, 'staff')).get(url);
      expect(res.status).toBe(404);
    },
  );

  it('leave logging in open', async () => {
    const res = await request(app.url)
      .post('/api/auth/local')
      .send({ identifier: 'staff', password: 'wrong-password' });
    expect(res.status).toBe(400);
  });
});
