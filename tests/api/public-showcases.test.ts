/**
 * The monthly showcase, public: published months only, as JSON and as a phone page that shows its counts
 * as a table of Chinese categories with the done tasks and their photos — never raw JSON or English keys.
 */
import request from 'supertest';
import { makeTask } from '../helpers/board';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'publicity' | 'member', ReturnType<typeof api>>;
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const CATEGORY_KEYS =
  /\b(sanitation|elderly|children|facilities|venue|health|habitat|antifraud|patrol|other)\b/;
const JSON_KEYS = /"(total|big|small|urgent|byCategory|documentId|id)"|[{}]/;
let photo: string;

/** A task approved in `month`, with a photo when one is given. */
async function doneIn(month: string, title: string, category: string, photoId?: number) {
  const member = (await as.member.get('/api/panel/me')).body.member as string;
  const task = await makeTask(app.strapi, 'approved', { tier: 'small', member, title, category });
  await app.strapi.db.query('api::task.task').update({
    where: { documentId: task },
    data: { reviewedAt: new Date(`${month}-15T10:00:00+08:00`), ...(photoId && { photos: [photoId] }) },
  });
}

async function showcase(month: string, publish: boolean) {
  const { showcase: id } = (await as.staff.post('/api/panel/showcases/draft').send({ month })).body;
  if (publish) expect((await as.staff.post(`/api/panel/showcases/${id}/publish`).send({})).status).toBe(200);
}

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'publicity', 'member'] as const) as[r] = api(app, await login(app, r));
  const upload = await as.publicity
    .post('/api/panel/upload')
    .attach('file', PNG, { filename: 'lamp.png', contentType: 'image/png' });
  photo = upload.body.url;
  await doneIn('2025-03', '修好<b>楼道</b>路灯', 'facilities', upload.body.id);
  await doneIn('2025-03', '陪空巢老人就医', 'elderly');
  await doneIn('2025-03', '陪空巢老人买菜', 'elderly');
  await showcase('2025-03', true);
  await doneIn('2025-04', '清理河道垃圾', 'patrol');
  await showcase('2025-04', true);
  await doneIn('2025-05', '草稿月的任务', 'health');
  await showcase('2025-05', false);
});
afterAll(() => app.stop());

describe('the showcases as JSON', () => {
  it('list the published months, newest first, with their figures', async () => {
    const res = await request(app.url).get('/api/public/showcases');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const months = res.body.map((s: { month: string }) => s.month);
    expect(months).not.toContain('2025-05');
    expect(months.indexOf('2025-04')).toBeGreaterThanOrEqual(0);
    expect(months.indexOf('2025-04')).toBeLessThan(months.indexOf('2025-03'));
    expect([...months].sort().reverse()).toEqual(months);
    expect(res.body.find((s: { month: string }) => s.month === '2025-03')).toEqual({
      month: '2025-03',
      title: '2025年03月“揭榜领单”成果晾晒',
      total: expect.any(Number),
      big: expect.any(Number),
      small: expect.any(Number),
      urgent: expect.any(Number),
    });
  });

  it('show one month: counts by Chinese category, the done tasks with community and points, their photos', async () => {
    const res = await request(app.url).get('/api/public/showcases/2025-03');
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.byCategory).toEqual(
      expect.arrayContaining([
        { category: '关爱空巢老人', count: expect.any(Number) },
        { category: '设施修缮', count: expect.any(Number) },
      ]),
    );
    expect(s.byCategory.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(s.total);
    expect(s.tasks).toHaveLength(s.total);
    expect(s.tasks).toContainEqual({
      title: '修好<b>楼道</b>路灯',
      community: expect.stringMatching(/社区$/),
      category: '设施修缮',
      points: expect.any(Number),
      // Approved and not yet followed up with the resident (回访).
      followUp: '待回访',
      photos: [photo],
    });
    expect(photo).toMatch(/^\/uploads\/.+\.png$/);
    const text = JSON.stringify(s);
    expect(text).not.toMatch(/"(id|documentId|reporter|reporterPhone|claimantMember|claimantUnit|reviewer)"/);
    expect(s.byCategory.map((c: { category: string }) => c.category).join()).not.toMatch(CATEGORY_KEYS);
  });

  it.each([
    ['a draft month', '2025-05'],
    ['a month with no showcase', '2040-01'],
    ['no month at all', 'latest'],
  ])('answer %s with a 404 in Chinese', async (_, month) => {
    const res = await request(app.url).get(`/api/public/showcases/${month}`);
    expect([res.status, res.body.message]).toEqual([404, `${month} 的成果晾晒尚未发布`]);
  });
});

describe('the showcase pages', () => {
  it('list the published months on a phone page, linked from the other public pages', async () => {
    const res = await request(app.url).get('/public/showcases');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.text).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(res.text).toContain('href="/public/showcases/2025-03"');
    expect(res.text).not.toContain('/public/showcases/2025-05');
    for (const other of ['/public/board', '/public/scores', '/public/stories'])
      expect((await request(app.url).get(other)).text).toContain('href="/public/showcases"');
  });

  it('show a month as a table of Chinese categories, the done tasks and the photos, with no JSON', async () => {
    const res = await request(app.url).get('/public/showcases/2025-03');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<meta name="viewport"');
    const main = res.text.slice(res.text.indexOf('<main>'), res.text.indexOf('</main>'));
    expect(main).toMatch(/<table>.*<th>类别<\/th>.*<td>关爱空巢老人<\/td>.*<td>设施修缮<\/td>.*<\/table>/s);
    expect(main).toContain('陪空巢老人就医');
    expect(main).toContain('修好&lt;b&gt;楼道&lt;/b&gt;路灯');
    expect(main).toContain(`<img src="${photo}"`);
    expect(main).not.toMatch(JSON_KEYS);
    expect(main).not.toMatch(CATEGORY_KEYS);
  });

  it.each(['2025-05', '2040-01'])('answer %s with a 404 page in Chinese', async (month) => {
    const res = await request(app.url).get(`/public/showcases/${month}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain(`${month} 的成果晾晒尚未发布`);
  });
});
