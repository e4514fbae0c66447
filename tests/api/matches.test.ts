/**
 * 分类施策，精准发力: party members' specialties are the rulebook's identifiers, a task asks for the ones
 * its category usually needs until triage says otherwise, and `GET /tasks/:id/matches` ranks who suits
 * it — specialty first, then place, then the lighter load — for staff and supervisors, in scope, without
 * phones.
 */
import { makeTask } from '../helpers/board';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

const TASK = 'api::task.task';

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'member' | 'unit' | 'clerk', ReturnType<typeof api>>;
let community: string;
let compounds: string[];
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));

interface Row {
  member?: { id: string; name: string };
  unit?: { id: string; name: string };
  score: number;
  reasons: string[];
}

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'member', 'unit', 'clerk'] as const)
    as[r] = api(app, await login(app, r));
  // A community of another town than the clerk's, with two compounds.
  const clerkCommunity = (await as.clerk.get('/api/panel/communities')).body[0].id;
  const all = (await as.staff.get(`/api/panel/communities?range=[0,60]&sort=["id","DESC"]`)).body;
  for (const c of all as { id: string }[]) {
    if (c.id === clerkCommunity) continue;
    const list = (await as.staff.get(`/api/panel/compounds?filter=${q({ community: c.id })}`)).body;
    if (list.length >= 2) {
      community = c.id;
      compounds = list.map((x: { id: string }) => x.id);
      break;
    }
  }
});
afterAll(() => app.stop());

const member = async (name: string, compound: string, specialties: string[]) => {
  const res = await as.staff
    .post('/api/panel/party-members')
    .send({ name, phone: '13900001111', kind: 'resident', community, compound, specialties });
  expect(res.status).toBe(201);
  return res.body.id as string;
};

const listed = async (tier: 'small' | 'big', specialties: string[]) => {
  const id = await makeTask(app.strapi, 'listed', { tier, community, compound: compounds[0] });
  await app.strapi.db.query(TASK).update({ where: { documentId: id }, data: { specialties } });
  return id;
};

const matches = async (id: string, who = as.staff) => {
  const res = await who.get(`/api/panel/tasks/${id}/matches`);
  expect(res.status).toBe(200);
  return res.body as Row[];
};

describe("a member's specialties", () => {
  it.each<[string, unknown, number, unknown]>([
    ['a list of the rulebook’s identifiers', ['legal', 'medical'], 201, ['medical', 'legal']],
    ['one twice', ['it', 'it'], 201, ['it']],
    ['none', [], 201, []],
    ['an unknown one', ['flying'], 400, undefined],
    ['text', '医疗护理', 400, undefined],
  ])('takes %s', async (_what, specialties, status, stored) => {
    const res = await as.staff
      .post('/api/panel/party-members')
      .send({ name: '测试党员', kind: 'resident', community, specialties });
    expect(res.status).toBe(status);
    if (status === 201) expect(res.body.specialties).toEqual(stored);
    else expect(res.body.errors.specialties).toMatch(/列表/);
  });

  it('are offered with their Chinese labels, the free text kept as a note', async () => {
    const schema = (await as.staff.get('/api/panel/schema')).body;
    const fields = schema.resources.find((r: { name: string }) => r.name === 'party-members').fields;
    const field = fields.find((f: { name: string }) => f.name === 'specialties');
    expect(field.type).toBe('json');
    expect(field.choices).toContainEqual({ id: 'medical', labels: { zh: '医疗卫生', en: 'Health care' } });
    expect(fields.find((f: { name: string }) => f.name === 'specialtyNote').labels.zh).toBe('特长说明');
    const rules = (await as.member.get('/api/panel/rules')).body;
    expect(rules.taskBoard.specialties).toContain('counselling');
  });
});

describe("a task's needed specialties", () => {
  it('follow its category at intake', async () => {
    const res = await as.staff
      .post('/api/panel/tasks')
      .send({ title: '老人量血压', category: 'health', community, reportedAt: '2026-11-22' });
    expect([res.status, res.body.specialties]).toEqual([201, ['medical']]);
  });

  it('are changed at triage', async () => {
    const id = await makeTask(app.strapi, 'collected', { tier: 'small', community });
    const res = await as.staff
      .post(`/api/panel/tasks/${id}/triage`)
      .send({ difficulty: 2, peopleNeeded: 2, hoursNeeded: 3, specialties: ['repairs', 'it'] });
    expect([res.status, res.body.specialties]).toEqual([200, ['repairs', 'it']]);
    const bad = await as.staff
      .post(`/api/panel/tasks/${id}/triage`)
      .send({ difficulty: 2, peopleNeeded: 2, hoursNeeded: 3, specialties: ['magic'] });
    expect(bad.status).toBe(400);
  });
});

describe('GET /tasks/:id/matches', () => {
  // Nobody in the demo has both: these two lead any list that asks for both.
  const BOTH = ['legal', 'arts'];

  it('ranks by specialty, then place, and says why', async () => {
    const near = await member('近邻党员', compounds[0], ['legal']);
    const expert = await member('专长党员', compounds[1], BOTH);
    const task = await listed('small', BOTH);
    const rows = await matches(task);
    expect(rows[0]).toMatchObject({
      member: { id: expert, name: '专长党员' },
      score: 7,
      reasons: ['特长：法律咨询', '特长：文艺宣传', '同社区', '本季度尚未揭榜'],
    });
    const nearRow = rows.find((r) => r.member?.id === near);
    expect(nearRow).toMatchObject({ score: 5, reasons: ['特长：法律咨询', '同小区', '本季度尚未揭榜'] });
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
    expect(rows.length).toBeLessThanOrEqual(10);
  });

  it('puts the one with fewer claims in hand first among equals', async () => {
    const busy = await member('忙碌党员', compounds[1], [...BOTH, 'it']);
    const free = await member('空闲党员', compounds[1], [...BOTH, 'it']);
    const held = await listed('small', []);
    const claim = await as.staff.post(`/api/panel/tasks/${held}/claim`).send({ claimantMember: busy });
    expect(claim.status).toBe(200);
    const rows = await matches(await listed('small', [...BOTH, 'it']));
    expect(rows.slice(0, 2).map((r) => r.member?.id)).toEqual([free, busy]);
    expect(rows[1].reasons).toEqual(expect.arrayContaining(['在办 1 件']));
    expect(rows[1].reasons).not.toContain('本季度尚未揭榜');
  });

  it("offers a big task's partner units, those paired with the community first", async () => {
    const rows = await matches(await listed('big', ['medical']));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.unit && !r.member)).toBe(true);
    const paired = rows.filter((r) => r.reasons.includes('包联本社区'));
    expect(rows.slice(0, paired.length)).toEqual(paired);
  });

  it('never carries a phone', async () => {
    const res = await as.supervisor.get(`/api/panel/tasks/${await listed('small', BOTH)}/matches`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toMatch(/phone|1[3-9]\d{9}/);
  });

  it('answers in English when asked', async () => {
    const res = await as.staff
      .get(`/api/panel/tasks/${await listed('small', BOTH)}/matches`)
      .set('Accept-Language', 'en');
    expect(res.body[0].reasons).toContain('Specialty: Legal advice');
  });

  it.each(['member', 'unit'] as const)('is not for a %s', async (who) => {
    const res = await as[who].get(`/api/panel/tasks/${await listed('small', BOTH)}/matches`);
    expect([res.status, res.body.message]).toEqual([403, '只有业务人员和审核领导可以查看推荐人选']);
  });

  it("is a 404 for a task outside the viewer's scope, or none at all", async () => {
    const task = await listed('small', BOTH);
    expect((await as.clerk.get(`/api/panel/tasks/${task}/matches`)).status).toBe(404);
    expect((await as.staff.get('/api/panel/tasks/no-such-task/matches')).status).toBe(404);
  });

  it('is a 409 once the task is claimed', async () => {
    const claimed = await makeTask(app.strapi, 'claimed', { tier: 'small', community });
    const res = await as.staff.get(`/api/panel/tasks/${claimed}/matches`);
    expect([res.status, res.body.message]).toEqual([409, expect.stringContaining('已揭榜')]);
  });
});

describe('POST /tasks/:id/invite', () => {
  let mine: string;
  beforeAll(async () => {
    mine = (await as.member.get('/api/panel/me')).body.member;
  });
  const invite = (task: string, body: object, who = as.staff) =>
    who.post(`/api/panel/tasks/${task}/invite`).send(body);

  it('tells the member in their 消息, once, with the reasons', async () => {
    const task = await listed('small', ['legal', 'arts']);
    const res = await invite(task, { member: mine });
    expect([res.status, res.body]).toEqual([200, { invited: 1 }]);
    const inbox = (await as.member.get('/api/panel/notifications?sort=["id","DESC"]')).body;
    expect(inbox[0]).toMatchObject({ kind: 'invited', link: `/tasks/${task}/show` });
    expect(inbox[0].params.title).toMatch(/测试任务/);
    const again = await invite(task, { member: mine });
    expect([again.status, again.body.message]).toEqual([409, '已邀请过，不再重复通知']);
  });

  it('is refused for a member with no account to tell', async () => {
    const task = await listed('small', ['legal']);
    const nobody = await member('无账号党员', compounds[1], ['legal']);
    const res = await invite(task, { member: nobody });
    expect([res.status, res.body.message]).toEqual([409, expect.stringContaining('还没有登录账号')]);
  });

  it.each<[string, object, number]>([
    ['nobody named', {}, 400],
    ['both a member and a unit', { member: 'a', unit: 'b' }, 400],
    ['a member that does not exist', { member: 'no-such-member' }, 404],
  ])('is refused for %s', async (_what, body, status) => {
    const res = await invite(await listed('small', []), body);
    expect(res.status).toBe(status);
  });

  it('asks a unit only for a big task', async () => {
    const unit = (await as.unit.get('/api/panel/me')).body.unit;
    const res = await invite(await listed('small', []), { unit });
    expect([res.status, res.body.message]).toEqual([409, expect.stringContaining('揭榜')]);
  });

  it.each(['supervisor', 'member'] as const)('is not for a %s', async (who) => {
    const res = await invite(await listed('small', []), { member: mine }, as[who]);
    expect([res.status, res.body.message]).toEqual([403, '只有业务人员可以邀请揭榜']);
  });

  it("is a 404 for a task outside the viewer's scope", async () => {
    const res = await invite(await listed('small', []), { member: mine }, as.clerk);
    expect(res.status).toBe(404);
  });
});
