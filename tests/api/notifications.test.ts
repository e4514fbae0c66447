/**
 * The panel's messages (issue 15): a claimant is told once of an approval or a return, a holder of a
 * decided objection, a member of a board that suits them (unless they turned it off); each account reads
 * and marks only its own; a supervisor's bell counts what waits in their scope.
 */
import { fromDist, makeTask, openBoard } from '../helpers/board';
import { api, createAccount, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Strapi = TestApp['strapi'];
type Who = 'staff' | 'supervisor' | 'member' | 'unit';
interface Notice {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  link: string;
  readAt: string | null;
}

const boards = () =>
  fromDist<{ postBoard(s: Strapi, now: Date): Promise<{ board: string; notified: number }> }>(
    'taskboard/boards.js',
  );

let app: TestApp;
const as = {} as Record<Who, ReturnType<typeof api>>;
let member: string;
let unit: string;

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'member', 'unit'] as const) as[r] = api(app, await login(app, r));
  member = (await as.member.get('/api/panel/me')).body.member;
  unit = (await as.unit.get('/api/panel/me')).body.unit;
});
afterAll(() => app.stop());

const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const inbox = async (who: Who, filter: Record<string, unknown> = {}) =>
  (await as[who].get(`/api/panel/notifications?filter=${q(filter)}&sort=["id","DESC"]&range=[0,99]`))
    .body as Notice[];
const about = (link: string) => (n: Notice) => n.link === link;

describe('a claimant is told of the review', () => {
  it('tells the member once when their report is approved, with the points', async () => {
    const task = await makeTask(app.strapi, 'submitted', { tier: 'small', member });
    const results = await Promise.all(
      [1, 2].map(() => as.supervisor.post(`/api/panel/tasks/${task}/approve`)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const mine = (await inbox('member')).filter(about(`/tasks/${task}/show`));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'approved', readAt: null, params: { points: 4 } });
    expect((await inbox('supervisor')).filter(about(`/tasks/${task}/show`))).toEqual([]);
  });

  it('tells the member when their report is returned, with the reason', async () => {
    const task = await makeTask(app.strapi, 'submitted', { tier: 'small', member });
    const res = await as.supervisor
      .post(`/api/panel/tasks/${task}/reject`)
      .send({ rejectReason: '照片不清楚' });
    expect(res.status).toBe(200);
    const mine = (await inbox('member')).filter(about(`/tasks/${task}/show`));
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'returned',
        params: expect.objectContaining({ reason: '照片不清楚' }),
      }),
    ]);
  });

  it("tells a unit's liaison of its big task", async () => {
    const task = await makeTask(app.strapi, 'submitted', { tier: 'big', unit });
    await as.supervisor.post(`/api/panel/tasks/${task}/approve`).expect(200);
    expect((await inbox('unit')).filter(about(`/tasks/${task}/show`))).toHaveLength(1);
    expect((await inbox('member')).filter(about(`/tasks/${task}/show`))).toHaveLength(0);
  });
});

describe('an objection decided', () => {
  it.each(['uphold', 'dismiss'])('tells its holder once when a supervisor decides to %s it', async (step) => {
    const publication = await app.strapi.documents('api::score-publication.score-publication').create({
      data: { quarter: step === 'uphold' ? '2019-Q1' : '2019-Q2', status: 'published' },
    });
    const objection = await app.strapi.documents('api::objection.objection').create({
      data: { publication: publication.documentId, holderMember: member, reason: '漏记一次', status: 'open' },
    });
    const url = `/api/panel/objections/${objection.documentId}/${step}`;
    await as.supervisor.post(url).send({ resolution: '已核实' }).expect(200);
    await as.supervisor.post(url).send({ resolution: '已核实' }).expect(409);
    const mine = (await inbox('member')).filter(about(`/objections/${objection.documentId}/show`));
    expect(mine).toEqual([
      expect.objectContaining({
        kind: step === 'uphold' ? 'upheld' : 'dismissed',
        params: { resolution: '已核实' },
      }),
    ]);
  });
});

describe('reading', () => {
  it('marks one read, refuses another account its message, and marks all read', async () => {
    const task = await makeTask(app.strapi, 'submitted', { tier: 'small', member });
    await as.supervisor.post(`/api/panel/tasks/${task}/approve`).expect(200);
    const [n] = (await inbox('member')).filter(about(`/tasks/${task}/show`));
    const other = await as.unit.post(`/api/panel/notifications/${n.id}/read`);
    expect(other.status).toBe(404);
    expect(other.body.error.message).toMatch(/找不到/);
    expect((await as.unit.get(`/api/panel/notifications/${n.id}`)).status).toBe(404);
    const before = (await as.member.get('/api/panel/notifications/summary')).body.unread as number;
    const read = await as.member.post(`/api/panel/notifications/${n.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect((await as.member.get('/api/panel/notifications/summary')).body.unread).toBe(before - 1);
    const all = await as.member.post('/api/panel/notifications/read-all');
    expect(all.body).toEqual({ read: before - 1 });
    expect((await as.member.get('/api/panel/notifications/summary')).body).toEqual({
      unread: 0,
      waiting: { reports: 0, objections: 0 },
    });
  });

  it('lets no one write a message through the plain routes', async () => {
    const [n] = await inbox('member');
    for (const who of ['member', 'staff', 'supervisor'] as const) {
      expect((await as[who].post('/api/panel/notifications').send({ kind: 'approved' })).status).toBe(403);
      expect((await as[who].put(`/api/panel/notifications/${n.id}`).send({ readAt: null })).status).toBe(403);
      expect((await as[who].delete(`/api/panel/notifications/${n.id}`)).status).toBe(403);
    }
  });

  it('answers an unknown message with a 404 and a malformed list query with a 400', async () => {
    expect((await as.member.post('/api/panel/notifications/nosuchnotice000000000000/read')).status).toBe(404);
    const bad = await as.member.get('/api/panel/notifications?range=[5,1]');
    expect(bad.status).toBe(400);
  });
});

describe("a supervisor's bell", () => {
  const total = async (who: ReturnType<typeof api>, resource: string, status: string) => {
    const res = await who.get(`/api/panel/${resource}?filter=${q({ status })}&range=[0,0]`);
    return Number(String(res.headers['content-range']).split('/')[1]);
  };

  it('counts the reports and objections waiting, within scope', async () => {
    await makeTask(app.strapi, 'submitted', { tier: 'small', member });
    const { waiting } = (await as.supervisor.get('/api/panel/notifications/summary')).body;
    expect(waiting.reports).toBe(await total(as.supervisor, 'tasks', 'submitted'));
    expect(waiting.objections).toBe(await total(as.supervisor, 'objections', 'open'));
    expect(waiting.reports).toBeGreaterThan(0);

    const far = (await app.strapi.db
      .query('api::community.community')
      .findOne({ select: ['documentId'], orderBy: { id: 'desc' } })) as { documentId: string };
    const name = await createAccount(app.strapi, 'bell-supervisor', {
      role: 'supervisor',
      scopeCommunity: far.documentId,
    });
    const scoped = api(app, await login(app, name));
    const mineOnly = (await scoped.get('/api/panel/notifications/summary')).body.waiting;
    expect(mineOnly.reports).toBe(await total(scoped, 'tasks', 'submitted'));
    expect(mineOnly.reports).toBeLessThan(waiting.reports);
  });

  it('shows staff nothing waiting', async () => {
    expect((await as.staff.get('/api/panel/notifications/summary')).body.waiting).toEqual({
      reports: 0,
      objections: 0,
    });
  });
});

describe('the board digest', () => {
  const compoundOf = async () => {
    const me = (await as.member.get(`/api/panel/party-members/${member}`)).body as {
      compound: string | null;
    };
    return me.compound;
  };
  const digests = async () => (await inbox('member', { kind: 'board' })).filter(about('/board'));

  it('is off when the member turns it off, and then reaches them once per board', async () => {
    expect((await as.member.get('/api/panel/me/notifications')).body).toEqual({ boardDigest: true });
    await as.member.post('/api/panel/me/notifications').send({ boardDigest: false }).expect(200);
    const compound = await compoundOf();
    expect(compound).toEqual(expect.any(String));
    await makeTask(app.strapi, 'triaged', { tier: 'small', compound: compound as string });
    const before = (await digests()).length;
    await boards().postBoard(app.strapi, new Date());
    expect(await digests()).toHaveLength(before);

    await as.member.post('/api/panel/me/notifications').send({ boardDigest: true }).expect(200);
    await makeTask(app.strapi, 'triaged', { tier: 'small', compound: compound as string });
    const first = await boards().postBoard(app.strapi, new Date());
    await boards().postBoard(app.strapi, new Date());
    const mine = await digests();
    expect(mine).toHaveLength(before + 1);
    expect(mine[0].params).toMatchObject({ count: expect.any(Number) });
    expect(first.board).toBe(await openBoard(app.strapi));
  });

  it('is a member’s own switch: a clear 400 for a bad value, 403 for other roles, no clerk edit', async () => {
    const bad = await as.member.post('/api/panel/me/notifications').send({ boardDigest: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/接收每周榜单推荐/);
    expect((await as.unit.post('/api/panel/me/notifications').send({ boardDigest: false })).status).toBe(403);
    expect((await as.staff.get('/api/panel/me/notifications')).status).toBe(403);
    const edit = await as.staff.put(`/api/panel/party-members/${member}`).send({ boardDigest: false });
    expect(edit.status).toBe(400);
    expect((await as.member.get('/api/panel/me/notifications')).body).toEqual({ boardDigest: true });
  });
});
