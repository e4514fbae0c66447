/**
 * The panel's build served at `/` by the API's own process: its files, index.html for every other
 * screen of the panel, hashed assets cached for good and index.html always revalidated, gzip for
 * whoever asks — and nothing of it on the API's, Strapi's, the uploads' or the public pages' paths.
 */
import fs from 'fs';
import http from 'http';
import path from 'path';
import zlib from 'zlib';
import { TMP } from '../helpers/env';
import { startStrapi, type TestApp } from '../helpers/strapi';

const DIST = path.join(TMP, `panel-dist-${process.pid}`);
const INDEX = '<!doctype html><title>雁阵</title><div id="root"></div>';
const SCRIPT = `console.log(${JSON.stringify('雁阵'.repeat(2000))});`;
const FOREVER = 'public, max-age=31536000, immutable';

let app: TestApp;
const before = process.env.PANEL_DIST;

beforeAll(async () => {
  fs.mkdirSync(path.join(DIST, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(DIST, 'index.html'), INDEX);
  fs.writeFileSync(path.join(DIST, 'assets', 'index-Bx1c9aQ2.js'), SCRIPT);
  fs.writeFileSync(path.join(DIST, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // PANEL_DIST names the build the server serves; read when the server starts.
  process.env.PANEL_DIST = DIST;
  app = await startStrapi();
});

afterAll(async () => {
  await app?.stop();
  if (before === undefined) delete process.env.PANEL_DIST;
  else process.env.PANEL_DIST = before;
  fs.rmSync(DIST, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: no client decoding the body or adding headers of its own. */
function call(urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${app.url}${urlPath}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const text = (r: Reply) =>
  (r.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(r.body) : r.body).toString('utf8');

describe('the panel at /', () => {
  it.each(['/', '/workers', '/workers/abc123/show', '/stories/create', '/assets', '/%E0%A4%A'])(
    '%s is index.html, always revalidated',
    async (p) => {
      const r = await call(p);
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(text(r)).toBe(INDEX);
    },
  );

  it('sends a hashed asset to be cached for good, gzipped for whoever accepts it', async () => {
    const plain = await call('/assets/index-Bx1c9aQ2.js');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toMatch(/javascript/);
    expect(plain.headers['cache-control']).toBe(FOREVER);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(SCRIPT);
    const zipped = await call('/assets/index-Bx1c9aQ2.js', { 'Accept-Encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(SCRIPT));
    expect(text(zipped)).toBe(SCRIPT);
  });

  it('revalidates a file of the build that is not a hashed asset', async () => {
    const r = await call('/logo.svg');
    expect([r.status, r.headers['content-type'], r.headers['cache-control']]).toEqual([
      200,
      'image/svg+xml',
      'no-cache',
    ]);
  });

  it('answers a request for a copy it has with 304', async () => {
    const first = await call('/assets/index-Bx1c9aQ2.js');
    const lastModified = String(first.headers['last-modified']);
    const again = await call('/assets/index-Bx1c9aQ2.js', { 'If-Modified-Since': lastModified });
    expect([again.status, again.body.length]).toEqual([304, 0]);
    const index = await call('/workers', { 'If-Modified-Since': lastModified });
    expect(index.status).toBe(304);
  });

  it('answers HEAD like GET, without a body', async () => {
    const r = await call('/workers', {}, 'HEAD');
    expect([r.status, r.headers['content-type'], r.body.length]).toEqual([
      200,
      'text/html; charset=utf-8',
      0,
    ]);
  });

  it('leaves a missing file a 404, never index.html', async () => {
    for (const p of ['/assets/index-missing.js', '/robots.txt.map', '/nothing.png']) {
      const r = await call(p);
      expect([p, r.status]).toEqual([p, 404]);
      expect(text(r)).not.toContain(INDEX);
    }
  });

  it('serves nothing outside the build', async () => {
    for (const p of ['/..%2f..%2fpackage.json', '/assets/..%2f..%2f..%2fcms%2fpackage.json']) {
      const r = await call(p);
      // Refused here, or by strapi::public behind it.
      expect([403, 404]).toContain(r.status);
      expect(text(r)).not.toMatch(/yanzhen|workspaces/);
    }
  });
});

describe('paths that are not the panel', () => {
  it.each([
    '/api/panel/schema',
    '/api/nothing',
    '/admin',
    '/admin/auth/login',
    '/uploads/x.png',
    '/public/stories',
  ])('%s is not index.html', async (p) => {
    expect(text(await call(p))).not.toBe(INDEX);
  });

  it('leaves the health check to Strapi', async () => {
    expect((await call('/_health')).status).toBe(204);
  });

  it('sends index.html for GET and HEAD only', async () => {
    const r = await call('/workers', { 'Content-Type': 'application/json' }, 'POST');
    expect(r.status).not.toBe(200);
    expect(text(r)).not.toBe(INDEX);
  });
});
