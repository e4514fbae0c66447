/**
 * A task's source group is one of the district's self-governing groups, a list the clerks keep
 * (自治组织): the panel offers its names, the server refuses a name not on it, a name a task already
 * holds survives the group's renaming (it records who collected the need then).
 */
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'member', ReturnType<typeof api>>;
let community: string;

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'member'] as const) as[r] = api(app, await login(app, r));
  community = (await as.staff.get('/api/panel/communities?range=[0,0]&sort=["id","ASC"]')).body[0].id;
});
afterAll(() => app.stop());

const newTask = (sourceOrg: unknown, who = as.staff) =>
  who.post('/api/panel/tasks').send({
    title: `楼道灯不亮 ${Math.random()}`,
    category: 'facilities',
    community,
    reportedAt: '2026-11-22',
    sourceOrg,
  });

const group = (name: string) => as.staff.post('/api/panel/source-groups').send({ name, leader: '张三' });

describe('the list', () => {
  it('holds the demo groups, in the task board menu', async () => {
    const res = await as.staff.get('/api/panel/source-groups?sort=["id","ASC"]');
    expect(res.status).toBe(200);
    expect(res.body.map((g: { name: string }) => g.name)).toEqual(
      expect.arrayContaining(['楼栋自管委员会', '邻里帮帮队', '二姐工作室']),
    );
    const schema = (await as.staff.get('/api/panel/schema')).body;
    const list = schema.resources.find((r: { name: string }) => r.name === 'source-groups');
    expect(list).toMatchObject({ group: 'board', can: { create: true, update: true, delete: true } });
  });

  it('is kept by clerks; supervisors read it; members do not see it', async () => {
    expect((await group('五老调解队')).status).toBe(201);
    expect((await as.supervisor.post('/api/panel/source-groups').send({ name: '甲' })).status).toBe(403);
    expect((await as.supervisor.get('/api/panel/source-groups')).status).toBe(200);
    expect((await as.member.get('/api/panel/source-groups')).status).toBe(403);
  });

  it('refuses a name twice and an empty one', async () => {
    const twice = await group('楼栋自管委员会');
    expect(twice.status).toBe(409);
    const empty = await as.staff.post('/api/panel/source-groups').send({ name: '' });
    expect([empty.status, empty.body.errors?.name]).toEqual([400, expect.any(String)]);
  });
});

describe("a task's source group", () => {
  it('is described to the panel as a choice among the names on the list', async () => {
    const schema = (await as.staff.get('/api/panel/schema')).body;
    const tasks = schema.resources.find((r: { name: string }) => r.name === 'tasks');
    const field = tasks.fields.find((f: { name: string }) => f.name === 'sourceOrg');
    expect(field.choicesFrom).toEqual({ resource: 'source-groups', field: 'name' });
  });

  it.each([
    ['a group on the list', '邻里帮帮队', 201],
    ['no group at all', null, 201],
    ['an empty choice', '', 201],
  ])('accepts %s', async (_what, sourceOrg, status) => {
    const res = await newTask(sourceOrg);
    expect(res.status).toBe(status);
    expect(res.body.sourceOrg).toBe(sourceOrg || null);
  });

  it.each([
    ['a name not on the list', '隔壁王大妈'],
    ['a near name', '邻里帮帮队 '],
  ])('refuses %s, saying where the list is', async (_what, sourceOrg) => {
    const res = await newTask(sourceOrg);
    expect(res.status).toBe(400);
    expect(res.body.errors.sourceOrg).toMatch(/不在自治组织名单中/);
  });

  it('says so in English when asked', async () => {
    const res = await newTask('nobody').set('Accept-Language', 'en');
    expect(res.body.errors.sourceOrg).toMatch(/is not on the list of Self-governing groups/);
  });

  it('refuses a change to a name not on the list', async () => {
    const { id } = (await newTask('二姐工作室')).body;
    const res = await as.staff.put(`/api/panel/tasks/${id}`).send({ sourceOrg: '张三的群' });
    expect([res.status, res.body.errors?.sourceOrg]).toEqual([400, expect.stringMatching(/不在/)]);
    const kept = await as.staff.get(`/api/panel/tasks/${id}`);
    expect(kept.body.sourceOrg).toBe('二姐工作室');
  });

  it("keeps the name a task holds after its group is renamed, and lets the task's other fields change", async () => {
    const created = await group('老兵服务队');
    const { id } = (await newTask('老兵服务队')).body;
    const renamed = await as.staff
      .put(`/api/panel/source-groups/${created.body.id}`)
      .send({ name: '老兵志愿服务队' });
    expect(renamed.status).toBe(200);
    const edit = await as.staff
      .put(`/api/panel/tasks/${id}`)
      .send({ sourceOrg: '老兵服务队', title: '改了标题' });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ sourceOrg: '老兵服务队', title: '改了标题' });
    const moved = await as.staff.put(`/api/panel/tasks/${id}`).send({ sourceOrg: '老兵志愿服务队' });
    expect([moved.status, moved.body.sourceOrg]).toEqual([200, '老兵志愿服务队']);
  });
});
