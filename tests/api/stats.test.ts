import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(() => app.stop());

describe('GET /api/panel/stats/overview on the demo district', () => {
  it("shows the document's figures on the demo's reference date", async () => {
    const res = await api(app, await login(app, 'supervisor')).get('/api/panel/stats/overview');
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.referenceDate).toBe('2026-06-30');
    expect(s.secretaries).toEqual({
      count: 39,
      averageAge: 37.9,
      collegeRate: expect.any(Number),
      concurrentRate: 1,
    });
    expect(Math.round(s.secretaries.collegeRate * 10) / 10).toBe(0.7);
    expect(s.recruitment).toEqual({ hired: 115 });
    expect(s.reserves).toMatchObject({ minimum: 3, communitiesBelow: 0 });
    expect(s.training.personTimes.provincial + s.training.personTimes.municipal).toBe(110);
    expect(s.training.personTimes.district).toBe(1200);
    expect(s.degree).toMatchObject({ courses: 48, firstCohort: 71 });
    expect(s.practice).toEqual({ branches: 35, redCommittees: 64, workersLeading: 27 });
    expect(s.secondments.selected).toBe(21);
    expect(s.honours).toEqual({ representatives: 21, nationalAdvanced: 1, demonstrationCompounds: 11 });
    expect(s.board).toMatchObject({ bigDone: 2, smallDone: 28, urgentSolved: 5 });
    expect(s.board.listed).toBeGreaterThan(0);
    expect(s.board.claimed).toBeGreaterThan(0);
    expect(s.board.awaitingApproval).toBeGreaterThan(0);
  });
});

describe('the list behind each figure', () => {
  type Overview = Record<string, Record<string, number>> & {
    lists: Record<string, { resource: string; filter: unknown }>;
  };
  /** Each linked figure's value in the overview. */
  const FIGURES: Record<string, (o: Overview) => number> = {
    'secretaries.count': (o) => o.secretaries.count,
    'recruitment.hired': (o) => o.recruitment.hired,
    'degree.courses': (o) => o.degree.courses,
    'degree.enrolled': (o) => o.degree.enrolled,
    'degree.first_cohort': (o) => o.degree.firstCohort,
    'degree.graduated': (o) => o.degree.graduated,
    'practice.branches': (o) => o.practice.branches,
    'practice.red_committees': (o) => o.practice.redCommittees,
    'secondments.selected': (o) => o.secondments.selected,
    'secondments.active': (o) => o.secondments.active,
    'secondments.completed': (o) => o.secondments.completed,
    'honours.representatives': (o) => o.honours.representatives,
    'honours.national_advanced': (o) => o.honours.nationalAdvanced,
    'honours.demonstration': (o) => o.honours.demonstrationCompounds,
    'board.big_done': (o) => o.board.bigDone,
    'board.small_done': (o) => o.board.smallDone,
    'board.urgent_solved': (o) => o.board.urgentSolved,
    'board.listed': (o) => o.board.listed,
    'board.claimed': (o) => o.board.claimed,
    'board.awaiting': (o) => o.board.awaitingApproval,
    'reserves.below': (o) => o.reserves.communitiesBelow,
  };

  it.each(['supervisor', 'staff', 'clerk'])(
    'for %s: the list a figure links to has exactly as many rows as the figure says',
    async (user) => {
      const as = api(app, await login(app, user));
      const o = (await as.get('/api/panel/stats/overview')).body as Overview;
      expect(Object.keys(o.lists).sort()).toEqual(Object.keys(FIGURES).sort());
      const wrong: string[] = [];
      for (const [key, { resource, filter }] of Object.entries(o.lists)) {
        const res = await as
          .get(`/api/panel/${resource}`)
          .query({ filter: JSON.stringify(filter), range: '[0,0]' });
        // A list the viewer may not open is not linked by the panel; every other must agree.
        if (res.status === 403) continue;
        const total = Number(/\/(\d+)$/.exec(String(res.headers['content-range']))?.[1]);
        if (res.status !== 200 || total !== FIGURES[key](o))
          wrong.push(`${key}: ${res.status} ${total} ≠ ${FIGURES[key](o)}`);
      }
      expect(wrong).toEqual([]);
      expect(o.lists['secretaries.count']).toEqual({
        resource: 'workers',
        filter: { position: 'secretary', status_ne: ['left', 'dismissed'] },
      });
    },
  );
});

describe("the demo district's task board", () => {
  const shanghaiToday = () =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

  it('publishes the score table of a quarter that has ended, its objection window open', async () => {
    const as = api(app, await login(app, 'supervisor'));
    const tables = (await as.get('/api/panel/score-publications?range=[0,99]')).body as {
      quarter: string;
      status: string;
      objectionDeadline: string;
    }[];
    const published = tables.filter((t) => t.status === 'published');
    expect(published).toHaveLength(1);
    expect(published[0].quarter < quarterOf(shanghaiToday())).toBe(true);
    expect(Date.parse(published[0].objectionDeadline)).toBeGreaterThan(Date.now());
  });

  it("counts this quarter's done tasks too, and lists each done task on a board posted before its claim", async () => {
    const as = api(app, await login(app, 'supervisor'));
    const entries = (await as.get('/api/panel/points-entries?range=[0,999]')).body as { quarter: string }[];
    const quarters = new Set(entries.map((e) => e.quarter));
    expect(quarters.has(quarterOf(shanghaiToday()))).toBe(true);
    expect(quarters.size).toBe(2);
    const filter = encodeURIComponent(JSON.stringify({ status: 'approved' }));
    const done = (await as.get(`/api/panel/tasks?range=[0,99]&filter=${filter}`)).body as {
      board: string;
      claimedAt: string;
    }[];
    const boards = (await as.get('/api/panel/boards?range=[0,99]')).body as {
      id: string;
      issueDate: string;
    }[];
    const issued = new Map(boards.map((b) => [b.id, b.issueDate]));
    expect(done).toHaveLength(30);
    for (const task of done) {
      const claimedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
        new Date(task.claimedAt),
      );
      expect({ claimedOn, board: issued.get(task.board)! <= claimedOn }).toEqual({ claimedOn, board: true });
    }
  });
});
