/**
 * Accounts: a token dies with the password it was issued under, supervisors delete accounts as the
 * README says, and Strapi's stock account routes (`/api/users/me` included) stay closed.
 */
import request from 'supertest';
import { api, createAccount, firstId, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let supervisor: string;

beforeAll(async () => {
  app = await startStrapi();
  supervisor = await login(app, 'supervisor');
});
afterAll(() => app.stop());

const userId = (username: string) => firstId(app.strapi, 'plugin::users-permissions.user', { username });
const seconds = (n: number) => new Promise((r) => setTimeout(r, n * 1000));

describe('a password change', () => {
  it('ends every token issued before it (401), and the new password logs in', async () => {
    await createAccount(app.strapi, 'changer', { role: 'staff' });
    const old = await login(app, 'changer');
    expect((await api(app, old).get('/api/panel/me')).status).toBe(200);
    await seconds(1.1); // JWTs count whole seconds
    const put = await api(app, supervisor)
      .put(`/api/panel/users/${await userId('changer')}`)
      .send({ password: 'a-new-password-1' });
    expect(put.status).toBe(200);
    const after = await api(app, old).get('/api/panel/me');
    expect(after.status).toBe(401);
    const fresh = await login(app, 'changer', 'a-new-password-1');
    expect((await api(app, fresh).get('/api/panel/me')).status).toBe(200);
  });

  it('through any other door (the Users & Permissions service) ends the old token too', async () => {
    await createAccount(app.strapi, 'changer2', { role: 'staff' });
    const old = await login(app, 'changer2');
    await seconds(1.1);
    const row = (await app.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username: 'changer2' }, select: ['id'] })) as { id: number };
    await app.strapi
      .plugin('users-permissions')
      .service('user')
      .edit(row.id, { password: 'b-new-password-2' });
    expect((await api(app, old).get('/api/panel/me')).status).toBe(401);
    const fresh = await login(app, 'changer2', 'b-new-password-2');
    expect((await api(app, fresh).get('/api/panel/me')).status).toBe(200);
  });

  it('leaves tokens alone when other fields change', async () => {
    await createAccount(app.strapi, 'renamed', { role: 'staff' });
    const jwt = await login(app, 'renamed');
    await seconds(1.1);
    const put = await api(app, supervisor)
      .put(`/api/panel/users/${await userId('renamed')}`)
      .send({ email: 'renamed2@test.yanzhen.local' });
    expect(put.status).toBe(200);
    expect((await api(app, jwt).get('/api/panel/me')).status).toBe(200);
  });
});

describe('accounts are kept by supervisors', () => {
  it('a supervisor deletes an account; it can no longer log in', async () => {
    await createAccount(app.strapi, 'leaver', { role: 'member' });
    const id = await userId('leaver');
    const del = await api(app, supervisor).delete(`/api/panel/users/${id}`);
    expect(del.status).toBe(200);
    expect((await api(app, supervisor).get(`/api/panel/users/${id}`)).status).toBe(404);
    const res = await request(app.url)
      .post('/api/auth/local')
      .send({ identifier: 'leaver', password: 'yanzhen-demo' });
    expect(res.status).toBe(400);
  });

  it('staff cannot delete an account', async () => {
    await createAccount(app.strapi, 'stayer', { role: 'member' });
    const staff = await login(app, 'staff');
    expect((await api(app, staff).delete(`/api/panel/users/${await userId('stayer')}`)).status).toBe(403);
  });
});

describe("Strapi's stock account routes", () => {
  it.each(['/api/users/me', '/api/users', '/api/users/1'])(
    '%s is closed (404) even when signed in',
    async (url) => {
      expect((await api(app, supervisor).get(url)).status).toBe(404);
    },
  );

  it('the signed-in account is GET /api/panel/me', async () => {
    const res = await api(app, supervisor).get('/api/panel/me');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('supervisor');
  });
});
