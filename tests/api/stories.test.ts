/**
 * Publicity: who drafts and who publishes stories, HTML sanitised on save, slugs from the title that
 * stay put, uploads checked, a preview of the public page, and nothing unpublished on any public route.
 */
import request from 'supertest';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'publicity' | 'supervisor' | 'member', ReturnType<typeof api>>;
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'publicity', 'supervisor', 'member'] as const)
    as[r] = api(app, await login(app, r));
});
afterAll(() => app.stop());

const draft = (title: string, body = '<p>正文</p>') =>
  as.staff.post('/api/panel/stories').send({ title, summary: '摘要', body });

describe('drafting and publishing', () => {
  it('staff draft; only publicity staff and supervisors publish', async () => {
    const s = (await draft('网格员的一天')).body;
    expect(s).toMatchObject({ publicationState: 'draft', publishedAt: null });
    expect((await as.staff.post(`/api/panel/stories/${s.id}/publish`).send({})).status).toBe(403);
    expect((await as.member.get('/api/panel/stories')).status).toBe(403);
    const published = (await as.publicity.post(`/api/panel/stories/${s.id}/publish`).send({})).body;
    expect(published).toMatchObject({ publicationState: 'published', publishedAt: expect.any(String) });
    await as.staff.put(`/api/panel/stories/${s.id}`).send({ summary: '改过的摘要' });
    expect((await as.staff.get(`/api/panel/stories/${s.id}`)).body.publicationState).toBe('modified');
    expect(
      (await as.supervisor.post(`/api/panel/stories/${s.id}/unpublish`).send({})).body.publicationState,
    ).toBe('draft');
  });

  it('lists the drafts awaiting publication', async () => {
    const s = (await draft('等待发布的故事')).body;
    const drafts = (
      await as.publicity.get(`/api/panel/stories?range=[0,99]&filter=${q({ publicationState: 'draft' })}`)
    ).body;
    expect(drafts.map((d: { id: string }) => d.id)).toContain(s.id);
    expect(drafts.every((d: { publicationState: string }) => d.publicationState === 'draft')).toBe(true);
    const published = (
      await as.publicity.get(`/api/panel/stories?filter=${q({ publicationState: 'published' })}`)
    ).body;
    expect(published.length).toBeGreaterThan(0);
    expect(published.map((d: { id: string }) => d.id)).not.toContain(s.id);
    expect(
      (await as.publicity.get(`/api/panel/stories?filter=${q({ publicationState: 'gone' })}`)).status,
    ).toBe(400);
  });
});

describe('sanitising', () => {
  it.each([
    ['<p onclick="steal()">好人好事</p><script>steal()</script>', '<p>好人好事</p>'],
    [
      '<p>图</p><img src="https://tracker.example/p.gif"><iframe src="https://evil.example"></iframe>',
      '<p>图</p>',
    ],
    ['<a href="javascript:steal()">链接</a>', '<a>链接</a>'],
  ])('stores %s as %s, on create and on update', async (hostile, clean) => {
    const s = (await draft('净化测试', hostile)).body;
    expect(s.body).toBe(clean);
    const updated = (await as.staff.put(`/api/panel/stories/${s.id}`).send({ body: hostile })).body;
    expect(updated.body).toBe(clean);
  });
});

describe('slugs', () => {
  it('come from the title in pinyin, are unique, and never change once given', async () => {
    const a = (await draft('红色业委会')).body;
    const b = (await draft('红色业委会')).body;
    expect([a.slug, b.slug]).toEqual(['hong-se-ye-wei-hui', 'hong-se-ye-wei-hui-2']);
    const retitled = (await as.staff.put(`/api/panel/stories/${a.id}`).send({ title: '红色业委会的故事' }))
      .body;
    expect(retitled.slug).toBe('hong-se-ye-wei-hui');
    const moved = await as.staff.put(`/api/panel/stories/${a.id}`).send({ slug: 'another' });
    expect([moved.status, moved.body.message]).toEqual([409, '网址别名发布后不再改变，以免已分享的链接失效']);
    const bad = await as.staff.post('/api/panel/stories').send({ title: 'x', slug: 'Bad Slug' });
    expect(bad.body.errors.slug).toBe('只能用小写字母、数字和连字符，例如 heping-shuji');
    const taken = await as.staff.post('/api/panel/stories').send({ title: 'y', slug: 'hong-se-ye-wei-hui' });
    expect(taken.status).toBe(409);
  });

  it('read a character as its word does, while a stored slug stays as it was made', async () => {
    expect((await draft('银行行长走进社区')).body.slug).toBe('yin-hang-hang-zhang-zou-jin-she-qu');
    // A slug stored before, by the older transliteration that read 行长 as xing-chang.
    const old = (
      await as.staff
        .post('/api/panel/stories')
        .send({ title: '银行行长', summary: '摘要', body: '<p>正文</p>', slug: 'yin-xing-xing-chang' })
    ).body;
    const updated = (await as.staff.put(`/api/panel/stories/${old.id}`).send({ title: '银行行长讲党课' }))
      .body;
    expect(updated.slug).toBe('yin-xing-xing-chang');
  });
});

describe('images', () => {
  it('uploads an image and uses it as a cover', async () => {
    const res = await as.publicity
      .post('/api/panel/upload')
      .attach('file', PNG, { filename: 'dot.png', contentType: 'image/png' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      url: expect.stringMatching(/^\/uploads\/.+\.png$/),
      mime: 'image/png',
    });
    const s = (
      await as.publicity.post('/api/panel/stories').send({
        title: '有封面的故事',
        cover: res.body.id,
        body: `<p><img src="${res.body.url}" alt="现场"></p>`,
      })
    ).body;
    expect(s.cover).toMatchObject({ id: res.body.id, url: res.body.url });
    expect(s.body).toBe(`<p><img src="${res.body.url}" alt="现场" /></p>`);
    expect((await request(app.url).get(res.body.url)).status).toBe(200);
  });

  it.each([
    [
      'a text file',
      Buffer.from('hello'),
      'notes.txt',
      'text/plain',
      400,
      '只能上传 JPG、PNG、WebP 或 GIF 图片，收到的是 text/plain',
    ],
    [
      'an image over 5 MB',
      Buffer.alloc(5 * 1024 * 1024 + 1),
      'huge.png',
      'image/png',
      413,
      '图片不能超过 5 MB，这张有 5.0 MB',
    ],
  ])('refuses %s', async (_what, content, filename, contentType, code, message) => {
    const res = await as.publicity
      .post('/api/panel/upload')
      .attach('file', content, { filename, contentType });
    expect([res.status, res.body.message]).toEqual([code, message]);
  });

  it('needs a file and a login', async () => {
    expect((await as.publicity.post('/api/panel/upload').send({})).body.message).toBe('请选择要上传的图片');
    expect((await request(app.url).post('/api/panel/upload').attach('file', PNG, 'dot.png')).status).toBe(
      401,
    );
  });
});

describe('the public pages', () => {
  it('show a published story and never an unpublished one, on any public route', async () => {
    const hidden = (await draft('尚未发布的故事', '<p>秘密草稿</p>')).body;
    const shown = (await draft('已经发布的故事', '<p>公开正文</p>')).body;
    await as.publicity.post(`/api/panel/stories/${shown.id}/publish`).send({});
    const list = (await request(app.url).get('/api/public/stories')).body;
    expect(list.stories.map((s: { slug: string }) => s.slug)).toContain(shown.slug);
    expect(list.stories.map((s: { slug: string }) => s.slug)).not.toContain(hidden.slug);
    expect(list.stories[0].publishedAt >= list.stories[list.stories.length - 1].publishedAt).toBe(true);
    expect((await request(app.url).get(`/api/public/stories/${shown.slug}`)).body).toMatchObject({
      title: '已经发布的故事',
      body: '<p>公开正文</p>',
    });
    expect((await request(app.url).get(`/api/public/stories/${hidden.slug}`)).status).toBe(404);
    const page = await request(app.url).get('/public/stories');
    expect(page.headers['content-type']).toMatch(/html/);
    expect(page.text).toContain('已经发布的故事');
    expect(page.text).not.toContain('尚未发布的故事');
    expect((await request(app.url).get(`/public/stories/${shown.slug}`)).text).toContain('公开正文');
    const missing = await request(app.url).get(`/public/stories/${hidden.slug}`);
    expect([missing.status, missing.text.includes('秘密草稿')]).toEqual([404, false]);
    const edited = (
      await as.staff.put(`/api/panel/stories/${shown.id}`).send({ body: '<p>草稿里的修改</p>' })
    ).body;
    expect(edited.publicationState).toBe('modified');
    expect((await request(app.url).get(`/public/stories/${shown.slug}`)).text).not.toContain('草稿里的修改');
  });

  it('filter stories by community', async () => {
    const community = (await as.staff.get('/api/panel/communities?range=[0,0]')).body[0].id;
    const s = (
      await as.publicity
        .post('/api/panel/stories')
        .send({ title: '社区故事', subjectCommunities: [community] })
    ).body;
    await as.publicity.post(`/api/panel/stories/${s.id}/publish`).send({});
    const list = (await request(app.url).get(`/api/public/stories?community=${community}`)).body.stories;
    expect(list.every((x: { communities: string[] }) => x.communities.length > 0)).toBe(true);
    expect(list.map((x: { slug: string }) => x.slug)).toContain(s.slug);
  });

  it('preview a draft as the public page will show it', async () => {
    const s = (await draft('预览中的故事', '<p>预览正文</p><script>x()</script>')).body;
    const res = await as.publicity.get(`/api/panel/stories/${s.id}/preview`);
    expect(res.headers['content-type']).toMatch(/html/);
    expect(res.text).toContain('预览中的故事');
    expect(res.text).toContain('<p>预览正文</p>');
    expect(res.text).not.toContain('<script>');
  });

  it('show this week’s board and the published score tables, for phones', async () => {
    const board = await request(app.url).get('/public/board');
    expect(board.text).toMatch(/第\d+期“揭榜领单”榜单/);
    expect(board.text).toContain('name="viewport"');
    const index = await request(app.url).get('/public/scores');
    const quarter = /href="\/public\/scores\/(\d{4}-Q\d)"/.exec(index.text)?.[1];
    expect(quarter).toBeDefined();
    const table = await request(app.url).get(`/public/scores/${quarter}`);
    expect(table.text).toContain('<table>');
    expect(table.text).not.toMatch(/1[3-9]\d{9}/);
  });
});
