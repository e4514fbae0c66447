/**
 * A production deployment: nobody becomes its super-admin through the open first-admin form, the first
 * administrator comes from the environment, Strapi's own admin keeps the audit trail append-only and
 * audited, and a database that once held the demo no longer lets its accounts in.
 */
import { createStrapi, type Core } from '@strapi/strapi';
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { CMS, TEMPLATE_DB, TMP, testEnv } from '../helpers/env';

const ADMIN = { email: 'chief@district.example', password: 'a-long-admin-pass-phrase' };

/** One boot that only loads and exits, for what the log says and whether it starts at all. */
const bootOnce = (env: Record<string, string>) => {
  const file = path.join(TMP, `prod-once-${process.pid}-${Date.now()}.db`);
  const run = spawnSync('node', [path.join(__dirname, '../helpers/boot-once.js')], {
    env: {
      ...process.env,
      ...testEnv(),
      NODE_ENV: 'production',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: file,
      YANZHEN_ADMIN_EMAIL: '',
      YANZHEN_ADMIN_PASSWORD: '',
      ...env,
    },
    encoding: 'utf8',
    timeout: 90_000,
  });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  return { ...run, out: run.stdout + run.stderr };
};

describe('the first administrator of a production server', () => {
  it.each([
    ['short', 'short-pass', 'YANZHEN_ADMIN_PASSWORD is shorter than 12 characters'],
    ['placeholder', 'changeme', 'YANZHEN_ADMIN_PASSWORD is a placeholder'],
  ])('refuses to start with a %s admin password', (_what, password, problem) => {
    const run = bootOnce({ YANZHEN_ADMIN_EMAIL: ADMIN.email, YANZHEN_ADMIN_PASSWORD: password });
    expect(run.status).not.toBe(0);
    expect(run.out).toContain('Refusing to start in production');
    expect(run.out).toContain(problem);
  });

  it('without one configured, starts and says in the log how to create one', () => {
    const run = bootOnce({});
    expect(run.status).toBe(0);
    expect(run.out).toContain('YANZHEN_ADMIN_EMAIL and YANZHEN_ADMIN_PASSWORD');
    expect(run.out).toContain('npx strapi admin:create-user');
  });
});

describe('NODE_ENV=production on a database that once held the demo', () => {
  let strapi: Core.Strapi;
  let url: string;
  const file = path.join(TMP, `prod-${process.pid}.db`);
  const saved = { ...process.env };

  beforeAll(async () => {
    fs.copyFileSync(TEMPLATE_DB, file);
    Object.assign(process.env, testEnv(), {
      NODE_ENV: 'production',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: file,
      YANZHEN_ADMIN_EMAIL: ADMIN.email,
      YANZHEN_ADMIN_PASSWORD: ADMIN.password,
    });
    strapi = await createStrapi({
      appDir: CMS,
      distDir: path.join(CMS, 'dist'),
      serveAdminPanel: false,
    }).load();
    await strapi.server.mount();
    await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(strapi.server.httpServer.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await strapi?.destroy();
    process.env = saved;
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  });

  const adminToken = async () => {
    const res = await request(url).post('/admin/login').send(ADMIN);
    expect(res.status).toBe(200);
    return res.body.data.token as string;
  };

  it('closes the first-admin form to anonymous visitors (403 JSON, no token)', async () => {
    const res = await request(url)
      .post('/admin/register-admin')
      .send({ email: 'attacker@evil.example', password: 'Attacker-Pass-123', firstname: 'A', lastname: 'B' });
    expect(res.status).toBe(403);
    expect(res.body.error.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('token');
    expect(await strapi.db.query('admin::user').count({ where: { email: 'attacker@evil.example' } })).toBe(0);
  });

  it('creates the administrator named by the environment, once', async () => {
    expect(await strapi.db.query('admin::user').count({})).toBe(1);
    expect(await adminToken()).toBeTruthy();
  });

  it.each(['supervisor', 'staff', 'clerk', 'member'])('blocks the demo account %s', async (username) => {
    const res = await request(url)
      .post('/api/auth/local')
      .send({ identifier: username, password: 'yanzhen-demo' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.jwt).toBeUndefined();
  });

  it("keeps audit entries append-only in Strapi's content manager", async () => {
    const token = await adminToken();
    const entry = (await strapi.db.query('api::audit-entry.audit-entry').create({
      data: { action: 'update', resource: 'workers', recordId: 'x', at: new Date(), actorName: 'someone' },
    })) as { documentId: string };
    const base = '/content-manager/collection-types/api::audit-entry.audit-entry';
    const put = await request(url)
      .put(`${base}/${entry.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ action: 'forged', actorName: 'nobody' });
    expect(put.status).toBe(403);
    const del = await request(url)
      .delete(`${base}/${entry.documentId}`)
      .set('Authorization', `Bearer ${token}`);
    expect(del.status).toBe(403);
    const forged = await request(url)
      .post(base)
      .set('Authorization', `Bearer ${token}`)
      .send({ action: 'approve', resource: 'tasks', at: new Date().toISOString() });
    expect(forged.status).toBe(403);
    const row = (await strapi.db
      .query('api::audit-entry.audit-entry')
      .findOne({ where: { documentId: entry.documentId } })) as { action: string; actorName: string };
    expect(row).toMatchObject({ action: 'update', actorName: 'someone' });
  });

  it('audits a worker edited through the content manager, naming the administrator', async () => {
    const token = await adminToken();
    const worker = (await strapi.db.query('api::worker.worker').findOne({ select: ['documentId'] })) as {
      documentId: string;
    };
    const res = await request(url)
      .put(`/content-manager/collection-types/api::worker.worker/${worker.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ name: '改名测试' });
    expect(res.status).toBe(200);
    const entry = await strapi.db.query('api::audit-entry.audit-entry').findOne({
      where: { recordId: worker.documentId, actorName: `admin:${ADMIN.email}` },
    });
    expect(entry).toMatchObject({ action: 'update', resource: 'workers' });
  });
});
