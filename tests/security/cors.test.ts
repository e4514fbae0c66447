/**
 * CORS in production: only the origins in CORS_ORIGINS may call the API with a reader's credentials
 * (none by default, so only the panel served from the same origin); `*` is never honoured there,
 * because Strapi answers it by echoing any Origin with credentials allowed.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { CMS, TMP, testEnv } from '../helpers/env';

interface Server {
  url: string;
  child: ChildProcess;
  file: string;
}

// Boots the CMS in a child process (NODE_ENV is fixed per process) on an empty SQLite file.
const SERVE = `
const path = require('path');
const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [process.env.CMS] }));
createStrapi({ appDir: process.env.CMS, distDir: path.join(process.env.CMS, 'dist'), serveAdminPanel: false })
  .load()
  .then(async (app) => {
    await app.server.mount();
    app.server.httpServer.listen(0, '127.0.0.1', () =>
      process.stdout.write('PORT ' + app.server.httpServer.address().port + '\\n'));
  })
  .catch((e) => { process.stderr.write('FAILED ' + e.message + '\\n'); process.exit(1); });
`;

function serve(name: string, cors?: string): Promise<Server> {
  const file = path.join(TMP, `cors-${name}-${process.pid}.db`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...testEnv(),
    NODE_ENV: 'production',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: file,
    CMS,
  };
  if (cors === undefined) delete env.CORS_ORIGINS;
  else env.CORS_ORIGINS = cors;
  const child = spawn('node', ['-e', SERVE], { env });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const port = /PORT (\d+)/.exec(out)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, child, file });
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function stop(s: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(s.file + suffix, { force: true });
}

const PANEL = 'https://panel.district.example';
const EVIL = 'https://evil.example';
let configured: Server;
let unconfigured: Server;

beforeAll(async () => {
  [configured, unconfigured] = await Promise.all([serve('configured', `${PANEL}, *`), serve('unconfigured')]);
}, 180_000);
afterAll(() => Promise.all([configured, unconfigured].filter(Boolean).map(stop)));

const call = (s: Server, origin: string) =>
  request(s.url).get('/api/panel/schema').set('Origin', origin).set('Authorization', 'Bearer x');
const preflight = (s: Server, origin: string) =>
  request(s.url)
    .options('/api/panel/workers')
    .set('Origin', origin)
    .set('Access-Control-Request-Method', 'PUT')
    .set('Access-Control-Request-Headers', 'authorization,content-type');

describe('NODE_ENV=production', () => {
  it('gives a foreign origin no Access-Control-Allow-Origin, even with * in CORS_ORIGINS', async () => {
    for (const res of [await call(configured, EVIL), await preflight(configured, EVIL)]) {
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  it('lets a configured origin call with credentials', async () => {
    for (const res of [await call(configured, PANEL), await preflight(configured, PANEL)]) {
      expect(res.headers['access-control-allow-origin']).toBe(PANEL);
      expect(res.headers['access-control-allow-credentials']).toBe('true');
    }
  });

  it('allows no cross origin at all when CORS_ORIGINS is not set', async () => {
    for (const origin of [PANEL, EVIL, 'null']) {
      for (const res of [await call(unconfigured, origin), await preflight(unconfigured, origin)])
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('still answers same-origin requests (the panel served by this server)', async () => {
    const res = await request(unconfigured.url).get('/_health');
    expect(res.status).toBeLessThan(300);
  });
});
