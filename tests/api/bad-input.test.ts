/**
 * Bad input is a 4xx whose message names the problem — in Chinese, or English on request — and leaves
 * nothing half-written. Conflicts are 409s.
 */
import { fullMarks } from '@yanzhen/config';
import { api, firstId, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let staff: ReturnType<typeof api>;
let community: string;
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));

beforeAll(async () => {
  app = await startStrapi();
  staff = api(app, await login(app, 'staff'));
  community = await firstId(app.strapi, 'api::community.community');
});
afterAll(() => app.stop());

const counts = async () => ({
  workers: Number(await app.strapi.db.query('api::worker.worker').count({})),
  audit: Number(await app.strapi.db.query('api::audit-entry.audit-entry').count({})),
});

describe('list parameters', () => {
  it.each([
    ['sort=["name",', 400, '参数 sort 不是有效的 JSON'],
    ['sort=["name","UP"]', 400, '排序参数 sort 应为 ["字段","ASC"] 或 ["字段","DESC"]'],
    ['sort=["salary","ASC"]', 400, '不能按“salary”排序：社区工作者没有这个字段'],
    ['range=[0,', 400, '参数 range 不是有效的 JSON'],
    ['range=[10,5]', 400, '分页参数 range 应为 [起, 止]，0 ≤ 起 ≤ 止，每次最多 1000 条'],
    ['range=[-1,5]', 400, '分页参数 range 应为 [起, 止]，0 ≤ 起 ≤ 止，每次最多 1000 条'],
    ['range=[0,5000]', 400, '分页参数 range 应为 [起, 止]，0 ≤ 起 ≤ 止，每次最多 1000 条'],
    ['filter={"q":', 400, '参数 filter 不是有效的 JSON'],
    ['filter=[1]', 400, '筛选参数 filter 应为 JSON 对象'],
    [`filter=${q({ salary: 1 })}`, 400, '不能按“salary”筛选：社区工作者没有这个字段'],
    [`filter=${q({ postTier_gte: 'abc' })}`, 400, '筛选条件“postTier_gte”的值无效：应为整数'],
    [
      `filter=${q({ birthDate_lt: '2026-02-30' })}`,
      400,
      '筛选条件“birthDate_lt”的值无效：应为有效日期（YYYY-MM-DD）',
    ],
    [
      `filter=${q({ status: 'retired' })}`,
      400,
      '筛选条件“status”的值无效：应为以下之一：active, trial, acting, seconded, left, dismissed',
    ],
    [`filter=${q({ community: 5 })}`, 400, '筛选条件“community”的值无效：应为一条记录的编号'],
  ])('GET /workers?%s → %i “%s”', async (query, code, message) => {
    const res = await staff.get(`/api/panel/workers?${query}`);
    expect(res.status).toBe(code);
    expect(res.body).toMatchObject({ error: { status: code, message }, message });
  });

  it('answers in English when asked', async () => {
    const res = await staff
      .get('/api/panel/workers?sort=["salary","ASC"]')
      .set('Accept-Language', 'en-US,en;q=0.9');
    expect(res.body.message).toBe('Cannot sort by "salary": Community workers has no such field');
  });

  it('names an unknown resource', async () => {
    const res = await staff.get('/api/panel/employees');
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('没有名为“employees”的资源');
  });

  it('filters, sorts and pages together', async () => {
    const filter = q({ community, postTier_lte: 4, birthDate_gte: '1960-01-01', q: '' });
    const page = await staff.get(`/api/panel/workers?filter=${filter}&sort=["birthDate","ASC"]&range=[2,4]`);
    expect(page.status).toBe(200);
    const total = Number(page.headers['content-range'].split('/')[1]);
    expect(page.headers['content-range']).toBe(`workers 2-4/${total}`);
    const births = page.body.map((w: { birthDate: string }) => w.birthDate);
    expect([...births].sort()).toEqual(births);
    expect(page.body.every((w: { community: string }) => w.community === community)).toBe(true);
  });
});

describe('request bodies', () => {
  const valid = () => ({
    name: '王小明',
    gender: 'male',
    birthDate: '1990-05-06',
    education: 'bachelor',
    community,
    position: 'worker',
    postTier: 4,
  });

  it.each([
    ['a missing required field', { name: undefined }, { name: '必填' }],
    ['a wrong type', { postTier: '四' }, { postTier: '应为整数' }],
    ['a number out of range', { postTier: 9 }, { postTier: '不能大于 4' }],
    [
      'an enum value that does not exist',
      { education: 'phd' },
      { education: '应为以下之一：junior, senior, college, bachelor, postgraduate' },
    ],
    ['an impossible date', { birthDate: '1990-02-30' }, { birthDate: '应为有效日期（YYYY-MM-DD）' }],
    ['a malformed ID number', { idNumber: '12345' }, { idNumber: '身份证号应为 18 位，最后一位可以是 X' }],
    ['a wrong check digit', { idNumber: '110105194912310021' }, { idNumber: '身份证号校验位不正确，请核对' }],
    [
      'a birth date ahead',
      { birthDate: '2999-01-01' },
      { birthDate: expect.stringMatching(/^不能晚于今天/) },
    ],
    [
      'hired at 17',
      { birthDate: '2000-05-06', hireDate: '2017-05-06' },
      { hireDate: '按出生日期（2000-05-06）计算，此时应年满 18 周岁' },
    ],
    [
      'hired before birth',
      { birthDate: '2000-05-06', hireDate: '1999-05-06' },
      { hireDate: '不能早于出生日期（2000-05-06）' },
    ],
    [
      'a relation to a record that does not exist',
      { community: 'nope' },
      { community: '编号为 nope 的社区不存在' },
    ],
    ['a relation given as a number', { mentor: 7 }, { mentor: '应为一条记录的编号' }],
    ['an unknown field', { salary: 1 }, { salary: '不是该资源的字段' }],
    ['a name longer than allowed', { name: '张'.repeat(21) }, { name: '最多 20 个字符' }],
  ])('refuses %s with a 400 on that field, and writes nothing', async (_what, change, errors) => {
    const before = await counts();
    const res = await staff.post('/api/panel/workers').send({ ...valid(), ...change });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(errors);
    expect(res.body.message).toMatch(/^有 1 处填写有误：/);
    expect(await counts()).toEqual(before);
  });

  it('lists every problem at once', async () => {
    const res = await staff.post('/api/panel/workers').send({ gender: 'x', postTier: 0 });
    expect(Object.keys(res.body.errors).sort()).toEqual([
      'birthDate',
      'community',
      'education',
      'gender',
      'name',
      'position',
      'postTier',
    ]);
  });

  it('refuses appraisal scores outside each item’s weight', async () => {
    const worker = await firstId(app.strapi, 'api::worker.worker');
    const res = await staff.post('/api/panel/appraisals').send({
      worker,
      year: 2026,
      ...fullMarks(),
      duty: 31,
      attendance: -1,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ duty: '不能大于 30', attendance: '不能小于 0' });
  });

  it.each([
    ['a body that is not JSON', '{"name":', 'application/json', 400, '请求内容不是有效的 JSON'],
    ['a JSON string instead of an object', '"王小明"', 'application/json', 400, '请求内容不是有效的 JSON'],
    ['a JSON array', '[1,2]', 'application/json', 400, '请求内容应为 JSON 对象'],
    [
      'an oversized body',
      JSON.stringify({ name: 'x'.repeat(2_000_000) }),
      'application/json',
      413,
      '请求内容过大，请删减后重试',
    ],
  ])('refuses %s', async (_what, body, type, code, message) => {
    const before = await counts();
    const res = await staff.post('/api/panel/workers').set('Content-Type', type).send(body);
    expect(res.status).toBe(code);
    expect(res.body.message).toBe(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses fields a workflow owns (a task’s tier, points and state are never typed)', async () => {
    const res = await staff.post('/api/panel/tasks').send({
      title: '测试任务',
      category: 'other',
      community,
      reportedAt: '2026-05-01',
      tier: 'big',
      points: 99,
      status: 'approved',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['points', 'status', 'tier']);
  });

  it('updates only what is sent', async () => {
    const id = await firstId(app.strapi, 'api::worker.worker');
    const before = (await staff.get(`/api/panel/workers/${id}`)).body;
    const res = await staff.put(`/api/panel/workers/${id}`).send({ phone: '13900001111' });
    expect(res.status).toBe(200);
    expect({ ...res.body, phone: before.phone, updatedAt: before.updatedAt }).toEqual(before);
  });

  it('does not let a worker mentor themselves', async () => {
    const id = await firstId(app.strapi, 'api::worker.worker');
    const res = await staff.put(`/api/panel/workers/${id}`).send({ mentor: id });
    expect([res.status, res.body.errors]).toEqual([400, { mentor: '不能担任自己的帮带导师' }]);
  });

  it.each([
    [
      "connect, as Strapi's own admin sends it",
      (id: string, row: number) => ({ connect: [{ id: row, documentId: id }], disconnect: [] }),
    ],
    ['set', (id: string) => ({ set: [{ documentId: id }] })],
    ['a row id', (_: string, row: number) => ({ connect: [{ id: row }] })],
  ])('does not let a worker mentor themselves through the Document Service: %s', async (_, shape) => {
    const id = await firstId(app.strapi, 'api::worker.worker');
    const row = (await app.strapi.db
      .query('api::worker.worker')
      .findOne({ where: { documentId: id }, select: ['id'] })) as { id: number };
    await expect(
      app.strapi
        .documents('api::worker.worker')
        .update({ documentId: id, data: { mentor: shape(id, row.id) } as never }),
    ).rejects.toMatchObject({ status: 400, code: 'validation', fields: { mentor: { code: 'self_mentor' } } });
  });

  it('does not let a required field be emptied', async () => {
    const id = await firstId(app.strapi, 'api::worker.worker');
    const res = await staff.put(`/api/panel/workers/${id}`).send({ name: '', community: null });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ name: '必填', community: '必填' });
  });
});

describe('conflicts', () => {
  it('refuses a duplicate unique value with 409, on its field', async () => {
    const town = await firstId(app.strapi, 'api::town.town');
    const res = await staff.post('/api/panel/communities').send({ name: '重复', code: 'C001', town });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      message: '社区代码“C001”已被其他记录使用',
      errors: { code: '“C001”已被其他记录使用' },
    });
  });

  it('allows a record to keep its own unique value', async () => {
    const id = await firstId(app.strapi, 'api::community.community', { code: 'C002' });
    expect((await staff.put(`/api/panel/communities/${id}`).send({ code: 'C002' })).status).toBe(200);
  });

  it('will not delete a record others still need, and says how many', async () => {
    const id = await firstId(app.strapi, 'api::community.community', { code: 'C003' });
    const res = await staff.delete(`/api/panel/communities/${id}`);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/^仍有 \d+ 条.+记录引用该社区，请先处理这些记录再删除$/);
    expect((await staff.get(`/api/panel/communities/${id}`)).status).toBe(200);
  });

  it('keeps the single settings record single', async () => {
    const supervisor = api(app, await login(app, 'supervisor'));
    const [setting] = (await supervisor.get('/api/panel/settings')).body;
    expect(setting.referenceDate).toBe('2026-06-30');
    const res = await supervisor
      .put(`/api/panel/settings/${setting.id}`)
      .send({ referenceDate: '2026-12-31' });
    expect(res.body.referenceDate).toBe('2026-12-31');
    expect((await supervisor.get('/api/panel/stats/overview')).body.referenceDate).toBe('2026-12-31');
  });

  it.each(['points-entries', 'audit-entries'])(
    'never changes or removes %s, whoever asks',
    async (resource) => {
      const supervisor = api(app, await login(app, 'supervisor'));
      const [entry] = (await supervisor.get(`/api/panel/${resource}`)).body;
      expect(entry).toBeDefined();
      expect((await supervisor.put(`/api/panel/${resource}/${entry.id}`).send({ reason: 'x' })).status).toBe(
        403,
      );
      expect((await supervisor.delete(`/api/panel/${resource}/${entry.id}`)).status).toBe(403);
      expect((await supervisor.post(`/api/panel/${resource}`).send({})).status).toBe(403);
    },
  );
});
