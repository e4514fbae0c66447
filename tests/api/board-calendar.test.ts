/**
 * The board's calendar: posting the week's board, overdue claims, the quarterly score table from
 * publication through objections to a frozen final, the monthly showcase, year-end commendations, and
 * what the public sees.
 */
import { localParts, realWorkUnit, rules } from '@yanzhen/config';
import request from 'supertest';
import { fromDist, makeTask } from '../helpers/board';
import { api, createAccount, login } from '../helpers/session';
import { expectTotalsMatchLedger } from '../helpers/ledger';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Strapi = TestApp['strapi'];
const boards = () =>
  fromDist<{
    postBoard(s: Strapi, now: Date): Promise<{ created: boolean; listed: number; issueDate: string }>;
  }>('taskboard/boards.js');
const jobs = () =>
  fromDist<{
    sweepOverdue(s: Strapi, now: Date): Promise<{ flagged: number; released: number }>;
    finalizeDue(s: Strapi, now: Date): Promise<number>;
  }>('taskboard/jobs.js');
/** The calendar date (`2026-10-31`) of an instant in the district, ahead of UTC until 08:00 there:
 * the server's own calendar code, from the rulebook package. */
const today = (at = new Date()) => localParts(at, rules.taskBoard.calendar.timeZone).date;
const ledger = () =>
  fromDist<{ appendEntry(s: Strapi, e: Record<string, unknown>): Promise<void> }>('taskboard/ledger.js');

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'member' | 'unit', ReturnType<typeof api>>;
let member: string;
let unit: string;

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'member', 'unit'] as const) as[r] = api(app, await login(app, r));
  member = (await as.member.get('/api/panel/me')).body.member;
  unit = (await as.unit.get('/api/panel/me')).body.unit;
});
// Whatever a test appended, the per-quarter totals still equal the ledger's sums.
afterEach(() => expectTotalsMatchLedger(app.strapi));
afterAll(() => app.stop());

const DAY = 86_400_000;
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));

describe("Strapi's cron table (cms/config/cron-tasks.ts)", () => {
  type Task = { task: (a: { strapi: Strapi }) => Promise<unknown>; options: { rule: string; tz: string } };
  const tasks = () => app.strapi.config.get('server.cron.tasks') as Record<string, Task>;

  it('schedules the six board jobs in Shanghai time, the posting on Friday at 09:00', () => {
    expect(Object.keys(tasks()).sort()).toEqual([
      'board:commendations',
      'board:finalize',
      'board:overdue',
      'board:post',
      'board:scores',
      'board:showcase',
    ]);
    for (const t of Object.values(tasks())) expect(t.options.tz).toBe('Asia/Shanghai');
    expect(tasks()['board:post'].options.rule).toBe('0 0 9 * * 5');
  });

  it('runs a job from the table against the database', async () => {
    await expect(tasks()['board:overdue'].task({ strapi: app.strapi })).resolves.toEqual({
      flagged: expect.any(Number),
      released: expect.any(Number),
    });
  });
});

describe('the weekly board', () => {
  it('posted twice at once, on the next Friday at 09:00 Shanghai, lands once with every triaged task', async () => {
    const triaged = [
      await makeTask(app.strapi, 'triaged', { tier: 'small' }),
      await makeTask(app.strapi, 'triaged', { tier: 'big' }),
    ];
    const friday = new Date(Date.now() + 7 * DAY);
    const [a, b] = await Promise.all([
      boards().postBoard(app.strapi, friday),
      boards().postBoard(app.strapi, friday),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.listed + b.listed).toBeGreaterThanOrEqual(2);
    const same = await as.staff.get(`/api/panel/boards?filter=${q({ issueDate: a.issueDate })}`);
    expect(same.body).toHaveLength(1);
    expect(same.body[0].status).toBe('open');
    for (const id of triaged)
      expect((await as.staff.get(`/api/panel/tasks/${id}`)).body).toMatchObject({
        status: 'listed',
        board: same.body[0].id,
      });
    const open = await as.staff.get(`/api/panel/boards?filter=${q({ status: 'open' })}`);
    expect(open.body).toHaveLength(1);
  });

  it('staff post by hand: the current board gains the newly triaged tasks', async () => {
    const id = await makeTask(app.strapi, 'triaged', { tier: 'small' });
    const res = await as.staff.post('/api/panel/boards/post').send({});
    expect(res.status).toBe(200);
    expect(res.body.listed).toBeGreaterThanOrEqual(1);
    expect((await as.staff.get(`/api/panel/tasks/${id}`)).body.status).toBe('listed');
    expect((await as.member.post('/api/panel/boards/post').send({})).status).toBe(403);
  });
});

describe('overdue claims', () => {
  it('are flagged after the due date and back on the board a week later — once, however often the job runs', async () => {
    const late = await makeTask(app.strapi, 'claimed', { tier: 'small', member });
    const stale = await makeTask(app.strapi, 'claimed', { tier: 'small', member });
    const set = (id: string, dueAt: number) =>
      app.strapi
        .documents('api::task.task')
        .update({ documentId: id, data: { dueAt: new Date(dueAt).toISOString() } as never });
    await set(late, Date.now() - DAY);
    await set(stale, Date.now() - 8 * DAY);
    const first = await jobs().sweepOverdue(app.strapi, new Date());
    const second = await jobs().sweepOverdue(app.strapi, new Date());
    expect(first).toMatchObject({ released: 1 });
    expect(second).toEqual({ flagged: 0, released: 0 });
    expect((await as.staff.get(`/api/panel/tasks/${late}`)).body).toMatchObject({
      status: 'claimed',
      isOverdue: true,
    });
    expect((await as.staff.get(`/api/panel/tasks/${stale}`)).body).toMatchObject({
      status: 'listed',
      claimantMember: null,
      isOverdue: false,
    });
  });
});

describe('the quarterly score table', () => {
  // A quarter that has ended: a table is drafted only after its quarter (issue 10).
  const QUARTER = '2019-Q2';
  let other: string;

  beforeAll(async () => {
    other = (await as.staff.get(`/api/panel/party-members?range=[0,0]&filter=${q({ id_ne: member })}`))
      .body[0].id;
    const at = new Date('2019-05-01T00:00:00Z');
    const entry = (holder: Record<string, string | null>, points: number, key: string) =>
      ledger().appendEntry(app.strapi, {
        holder: { member: null, unit: null, ...holder },
        task: null,
        points,
        kind: 'award',
        reason: 'test',
        author: null,
        at,
        key,
      });
    await entry({ member }, 4, 't1');
    await entry({ member }, 6, 't2');
    await entry({ member: other }, 10, 't3');
    await entry({ unit }, 8, 't4');
  });

  it('is drafted from the ledger: points first, then tasks done', async () => {
    const res = await as.supervisor.post('/api/panel/score-publications/draft').send({ quarter: QUARTER });
    expect(res.status).toBe(200);
    const pub = (await as.supervisor.get(`/api/panel/score-publications/${res.body.publication}`)).body;
    expect(pub.status).toBe('draft');
    expect(
      pub.ranking.map((r: { holder: string; points: number; tasksDone: number; rank: number }) => [
        r.holder,
        r.points,
        r.tasksDone,
        r.rank,
      ]),
    ).toEqual([
      [`member:${member}`, 10, 2, 1],
      [`member:${other}`, 10, 1, 2],
      [`unit:${unit}`, 8, 1, 3],
    ]);
    const sum = (
      await as.supervisor.get(`/api/panel/points-entries?range=[0,99]&filter=${q({ quarter: QUARTER })}`)
    ).body.reduce((s: number, e: { points: number }) => s + e.points, 0);
    expect(sum).toBe(pub.ranking.reduce((s: number, r: { points: number }) => s + r.points, 0));
  });

  it('is published by a supervisor, objected to within five days, then final and frozen', async () => {
    const { publication } = (
      await as.staff.post('/api/panel/score-publications/draft').send({ quarter: QUARTER })
    ).body;
    expect(
      (await as.staff.post(`/api/panel/score-publications/${publication}/publish`).send({})).status,
    ).toBe(403);
    const published = (
      await as.supervisor.post(`/api/panel/score-publications/${publication}/publish`).send({})
    ).body;
    expect(published).toMatchObject({ status: 'published' });
    expect(Date.parse(published.objectionDeadline) - Date.parse(published.announcedAt)).toBe(5 * DAY);
    expect((await request(app.url).get(`/api/public/scores/${QUARTER}`)).body.ranking[0]).toMatchObject({
      rank: 1,
      points: 10,
      kind: 'member',
    });

    const objection = await as.member
      .post('/api/panel/objections')
      .send({ publication, reason: '漏记了一次护河巡查' });
    expect(objection.status).toBe(201);
    expect(objection.body).toMatchObject({ holderMember: member, status: 'open' });
    const stranger = await createAccount(app.strapi, 'not-on-table', { role: 'unit' });
    expect(
      (
        await api(app, await login(app, stranger))
          .post('/api/panel/objections')
          .send({ publication, reason: 'x' })
      ).status,
    ).toBe(403);

    const early = await as.supervisor.post(`/api/panel/score-publications/${publication}/finalize`).send({});
    expect([early.status, early.body.message]).toEqual([409, '异议期尚未结束，不能定稿']);
    const upheld = await as.supervisor
      .post(`/api/panel/objections/${objection.body.id}/uphold`)
      .send({ resolution: '核实补记', adjustment: 2 });
    expect(upheld.body).toMatchObject({ status: 'upheld' });
    const refreshed = (await as.supervisor.get(`/api/panel/score-publications/${publication}`)).body;
    expect(refreshed.ranking[0]).toMatchObject({ holder: `member:${member}`, points: 12 });

    await app.strapi.db.query('api::score-publication.score-publication').update({
      where: { documentId: publication },
      data: { objectionDeadline: new Date(Date.now() - 1000) },
    });
    expect(await jobs().finalizeDue(app.strapi, new Date())).toBe(1);
    expect(await jobs().finalizeDue(app.strapi, new Date())).toBe(0);
    const final = (await as.supervisor.get(`/api/panel/score-publications/${publication}`)).body;
    expect(final).toMatchObject({ status: 'final', finalizedAt: expect.any(String) });
    expect(
      (await as.member.post('/api/panel/objections').send({ publication, reason: '再议' })).body.message,
    ).toBe('该季度积分不在公示异议期内');
    await expect(
      app.strapi
        .documents('api::score-publication.score-publication')
        .update({ documentId: publication, data: { ranking: [] } as never }),
    ).rejects.toThrow('季度积分已定稿');
    expect((await request(app.url).get(`/api/public/scores/${QUARTER}`)).body.status).toBe('final');
  });
});

describe('month and year end', () => {
  it('drafts the month’s showcase with counts by category, and staff publish it', async () => {
    const month = today().slice(0, 7);
    // One approved in the month for certain, so the showcase has something to count.
    const approved = await makeTask(app.strapi, 'approved', { tier: 'small', member });
    await app.strapi.db
      .query('api::task.task')
      .update({ where: { documentId: approved }, data: { reviewedAt: new Date() } });
    const res = await as.staff.post('/api/panel/showcases/draft').send({ month });
    const showcase = (await as.staff.get(`/api/panel/showcases/${res.body.showcase}`)).body;
    const done = (
      await as.staff.get(`/api/panel/tasks?range=[0,999]&filter=${q({ status: 'approved' })}`)
    ).body.filter(
      (t: { reviewedAt: string | null }) => t.reviewedAt && today(new Date(t.reviewedAt)).startsWith(month),
    );
    expect(done.length).toBeGreaterThan(0);
    expect([...showcase.tasks].sort()).toEqual(done.map((t: { id: string }) => t.id).sort());
    expect(showcase.summary.total).toBe(done.length);
    expect(
      Object.values(showcase.summary.byCategory as Record<string, number>).reduce((a, b) => a + b, 0),
    ).toBe(showcase.summary.total);
    expect((await as.staff.post(`/api/panel/showcases/${showcase.id}/publish`).send({})).body.status).toBe(
      'published',
    );
    expect((await as.staff.post('/api/panel/showcases/draft').send({ month })).body).toMatchObject({
      drafted: false,
    });
  });

  it('proposes commendations from the year’s points once, and a confirmed one carries its letter', async () => {
    const year = Number(today().slice(0, 4));
    const first = (await as.supervisor.post('/api/panel/commendations/propose').send({ year })).body;
    const again = (await as.supervisor.post('/api/panel/commendations/propose').send({ year })).body;
    expect(first.proposed).toBeGreaterThan(0);
    expect(again.proposed).toBe(0);
    const list = (await as.supervisor.get(`/api/panel/commendations?range=[0,99]&filter=${q({ year })}`))
      .body;
    expect(list.filter((c: { recipientUnit: string | null }) => c.recipientUnit).length).toBeLessThanOrEqual(
      3,
    );
    const m = list.find((c: { recipientMember: string | null }) => c.recipientMember);
    const confirmed = (await as.supervisor.post(`/api/panel/commendations/${m.id}/confirm`).send({})).body;
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.letter).toMatch(/^表扬信\n.+同志：/);
    // The member's work unit is told of the praise when the member has one (not 退休, 个体 …).
    const { workUnit } = (await as.supervisor.get(`/api/panel/party-members/${m.recipientMember}`)).body;
    expect(confirmed.letter.includes('通报表扬')).toBe(realWorkUnit(workUnit) !== null);
    const pdf = await as.supervisor.get(`/api/panel/commendations/${m.id}/letter.pdf`).buffer(true);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    // The praise to the member and the letter to their work unit, each on its own page.
    expect(pdf.body.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(
      realWorkUnit(workUnit) ? 2 : 1,
    );
    const unconfirmed = list.find(
      (c: { id: string; recipientMember: string | null }) => c.recipientMember && c.id !== m.id,
    );
    expect(
      (await as.supervisor.get(`/api/panel/commendations/${unconfirmed.id}/letter.pdf`)).body.message,
    ).toBe('表彰确认后才有表彰信');
  });
});

describe('the public pages, without logging in', () => {
  it('show this week’s board, with no personal data', async () => {
    const res = await request(app.url).get('/api/public/board');
    expect(res.status).toBe(200);
    expect(res.body.board.title).toMatch(/期“揭榜领单”榜单$/);
    expect(res.body.tasks.length).toBeGreaterThan(0);
    const text = JSON.stringify(res.body);
    for (const personal of [
      'reporter',
      'reporterPhone',
      'claimantMember',
      'claimantUnit',
      'phone',
      'idNumber',
    ]) {
      expect(text).not.toContain(`"${personal}"`);
    }
    expect(res.body.tasks[0]).toMatchObject({
      categoryLabel: expect.any(String),
      tierLabel: expect.stringMatching(/^[大小]榜$/),
    });
  });

  it('answer a bad or unpublished quarter clearly', async () => {
    expect((await request(app.url).get('/api/public/scores/2031Q5')).body.message).toBe(
      '季度应写作“2026-Q3”这样的格式，收到的是“2031Q5”',
    );
    expect((await request(app.url).get('/api/public/scores/2040-Q1')).status).toBe(404);
  });
});
