/**
 * Backup and restore, the round trip: a backup taken while records are being written restores into a
 * fresh database that a new server boots on and serves every record written before the backup; restore
 * refuses while a server uses the database, and refuses a damaged archive.
 */
import { execFile, spawnSync } from 'child_process';
import { createStrapi } from '@strapi/strapi';
import fs from 'fs';
import net from 'net';
import path from 'path';
import { Client } from 'pg';
import * as tar from 'tar';
import { CMS, PG_ADMIN_URL, ROOT, TMP, pgUrl, postgres, testEnv } from '../helpers/env';
import { api, firstId, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const hasPgDump = spawnSync('pg_dump', ['--version']).status === 0;
const run = postgres() && !hasPgDump ? describe.skip : describe;
if (postgres() && !hasPgDump)
  console.log('backup.test: pg_dump is not on PATH; the PostgreSQL round trip is skipped');

const dir = path.join(TMP, `backup-${process.pid}`);
const archive = path.join(dir, 'yanzhen.tar.gz');
const restored = {
  db: path.join(dir, 'restored.db'),
  pg: `yanzhen_restored_${process.pid}`,
  uploads: path.join(dir, 'restored', 'uploads'),
};

interface Result {
  code: number;
  out: string;
}
/** One of the scripts, as an operator runs it, with the database settings given. */
function script(name: 'backup' | 'restore', file: string, env: Record<string, string>): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, `scripts/${name}.js`), file],
      { env: { ...process.env, ...env }, cwd: ROOT },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

async function pgAdmin(sql: string): Promise<void> {
  const c = new Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

/** The target of the restore: a database no server has touched. */
const target = (): Record<string, string> =>
  postgres()
    ? { DATABASE_URL: pgUrl(restored.pg), UPLOADS_DIR: restored.uploads }
    : { DATABASE_FILENAME: restored.db, UPLOADS_DIR: restored.uploads };

/** A server on the restored database (startStrapi would copy the template instead). */
async function bootRestored(): Promise<TestApp> {
  Object.assign(process.env, testEnv(), target());
  const strapi = await createStrapi({
    appDir: CMS,
    distDir: path.join(CMS, 'dist'),
    serveAdminPanel: false,
  }).load();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return { strapi, url: `http://127.0.0.1:${port}`, stop: () => strapi.destroy() };
}

/** How many records each resource the supervisor may list holds, from the Content-Range header. */
async function counts(app: TestApp): Promise<Record<string, number>> {
  const jwt = await login(app, 'supervisor');
  const schema = (await api(app, jwt).get('/api/panel/schema')).body as {
    resources: { name: string; can: { find: boolean } }[];
  };
  const out: Record<string, number> = {};
  for (const r of schema.resources.filter((x) => x.can.find)) {
    const res = await api(app, jwt).get(`/api/panel/${r.name}?range=[0,0]`);
    expect(res.status).toBe(200);
    out[r.name] = Number(/\/(\d+)$/.exec(res.headers['content-range'] ?? '')?.[1]);
  }
  return out;
}

run('backup and restore', () => {
  let live: TestApp;
  let liveEnv: Record<string, string>;
  let before: Record<string, number>;
  let after: Record<string, number>;
  const written: string[] = [];
  let upload: { url: string; bytes: Buffer };

  beforeAll(async () => {
    fs.mkdirSync(dir, { recursive: true });
    live = await startStrapi();
    liveEnv = postgres()
      ? { DATABASE_URL: process.env.DATABASE_URL ?? '' }
      : { DATABASE_FILENAME: process.env.DATABASE_FILENAME ?? '' };
    const publicity = api(live, await login(live, 'publicity'));
    const worker = await firstId(live.strapi, 'api::worker.worker');
    const honour = async (i: number) => {
      const res = await publicity
        .post('/api/panel/honours')
        .send({ title: `备份荣誉${i}`, category: 'personal', level: 'town', year: 2026, worker });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    for (let i = 0; i < 5; i += 1) written.push(await honour(i));
    const up = await publicity
      .post('/api/panel/upload')
      .attach('file', PNG, { filename: 'dot.png', contentType: 'image/png' });
    expect(up.status).toBe(201);
    // Stored as Strapi keeps it (it may re-encode the image).
    upload = { url: up.body.url, bytes: fs.readFileSync(path.join(CMS, 'public', up.body.url)) };
    before = await counts(live);
    // The backup runs while the same account goes on writing.
    let done = false;
    const backup = script('backup', archive, liveEnv).finally(() => (done = true));
    let during = 0;
    while (!done || during < 3) await honour(100 + during++);
    const result = await backup;
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('Backup written') });
    console.log(`backup.test: ${written.length} records before the backup, ${during} written during it`);
    after = await counts(live);
  });
  let stopped: Promise<void> | undefined;
  const stopLive = () => (stopped ??= live?.stop());
  afterAll(async () => {
    await stopLive();
    if (postgres()) await pgAdmin(`DROP DATABASE IF EXISTS ${restored.pg} WITH (FORCE)`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to restore while a server answers on the configured port', async () => {
    const res = await script('restore', archive, { ...target(), PORT: new URL(live.url).port });
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/A server is answering on port \d+\. Stop the server first/);
    expect(fs.existsSync(restored.db)).toBe(false);
  });

  it('refuses to restore over a database a server holds open, on another port', async () => {
    const res = await script('restore', archive, {
      ...liveEnv,
      UPLOADS_DIR: restored.uploads,
      PORT: String(await freePort()),
    });
    expect(res.code).toBe(1);
    expect(res.out).toMatch(
      /(is in use by another process|other connection\(s\): a server is using it)\. Stop the server first/,
    );
    if (postgres()) return;
    expect(
      fs.readdirSync(path.dirname(liveEnv.DATABASE_FILENAME)).filter((f) => f.endsWith('.restoring')),
    ).toEqual([]);
  });

  it('refuses a damaged archive and restores nothing', async () => {
    const port = String(await freePort());
    const truncated = path.join(dir, 'truncated.tar.gz');
    fs.writeFileSync(truncated, fs.readFileSync(archive).subarray(0, 200));
    const cut = await script('restore', truncated, { ...target(), PORT: port });
    expect([cut.code, cut.out]).toEqual([1, expect.stringMatching(/not a readable backup archive|damaged/)]);

    // Same manifest, one part changed by a byte: the sha256 no longer matches.
    const unpacked = path.join(dir, 'tampered');
    fs.mkdirSync(unpacked);
    await tar.x({ file: archive, cwd: unpacked });
    const part = path.join(unpacked, postgres() ? 'database.dump' : 'database.db');
    const bytes = fs.readFileSync(part);
    bytes[bytes.length - 1] ^= 0xff;
    fs.writeFileSync(part, bytes);
    const tampered = path.join(dir, 'tampered.tar.gz');
    await tar.c({ gzip: true, file: tampered, cwd: unpacked }, fs.readdirSync(unpacked));
    const bad = await script('restore', tampered, { ...target(), PORT: port });
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/is damaged, nothing restored:\s+sha256 mismatch: database\./);
    expect(fs.existsSync(restored.db)).toBe(false);
    expect(fs.existsSync(restored.uploads)).toBe(false);
  });

  it('restores into a fresh database that serves every record written before the backup', async () => {
    if (postgres()) await pgAdmin(`CREATE DATABASE ${restored.pg}`);
    const res = await script('restore', archive, { ...target(), PORT: String(await freePort()) });
    expect(res).toMatchObject({ code: 0, out: expect.stringContaining('Restored') });
    expect(fs.readFileSync(path.join(restored.uploads, path.basename(upload.url)))).toEqual(upload.bytes);

    // One Strapi per process: the live one goes before the restored one boots.
    await stopLive();
    const app = await bootRestored();
    try {
      const now = await counts(app);
      expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort());
      for (const [name, n] of Object.entries(now)) {
        expect([name, n >= before[name] && n <= after[name]]).toEqual([name, true]);
      }
      const supervisor = api(app, await login(app, 'supervisor'));
      const filter = encodeURIComponent(JSON.stringify({ id: written }));
      const found = (await supervisor.get(`/api/panel/honours?filter=${filter}&range=[0,99]`)).body;
      expect(found.map((h: { id: string }) => h.id).sort()).toEqual([...written].sort());
      console.log(
        `backup.test: ${Object.keys(now).length} resources restored, counts within the backup window`,
      );
    } finally {
      await app.stop();
    }
  });
});
