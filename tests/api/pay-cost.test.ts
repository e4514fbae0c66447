/**
 * 财政新增支出 (issue 15): a draft table made from the approved one by a rule, and what it would cost a
 * year over the paid roster — the payroll's own figures times twelve — by town and post, within scope.
 */
import ExcelJS from 'exceljs';
import { api, createAccount, firstId, login, wholeBody } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<
  'staff' | 'supervisor' | 'publicity' | 'member' | 'unit' | 'clerk' | 'townSupervisor',
  ReturnType<typeof api>
>;
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const fen = (x: number) => Math.round(x * 100) / 100;
const PAID = ['active', 'trial', 'acting', 'seconded'];
let approved: { id: string; cells: Record<string, number[]>; cityAverageWage: number };
let raised: { id: string; cells: Record<string, number[]>; status: string };
let town: string;

beforeAll(async () => {
  app = await startStrapi();
  town = await firstId(app.strapi, 'api::town.town', { name: '城关街道' });
  await createAccount(app.strapi, 'cost-town-supervisor', { role: 'supervisor', scopeTown: town });
  for (const r of ['staff', 'supervisor', 'publicity', 'member', 'unit', 'clerk'] as const)
    as[r] = api(app, await login(app, r));
  as.townSupervisor = api(app, await login(app, 'cost-town-supervisor'));
  const [table] = (await as.supervisor.get(`/api/panel/pay-scales?filter=${q({ year: 2026 })}`)).body;
  approved = (await as.supervisor.post(`/api/panel/pay-scales/${table.id}/approve`).send({})).body;
});
afterAll(() => app.stop());

const cost = (who: ReturnType<typeof api>, id: string, query = '') =>
  who.get(`/api/panel/pay-scales/${id}/cost${query}`);

describe('a draft table from the approved one, by a rule', () => {
  it('raises every cell by a percentage and opens as a draft to edit', async () => {
    const res = await as.staff
      .post(`/api/panel/pay-scales/${approved.id}/derive`)
      .send({ year: 2027, title: '2027年标准（上调10%）', rule: { kind: 'percent', percent: 10 } });
    expect(res.status).toBe(201);
    raised = res.body;
    expect(res.body).toMatchObject({ year: 2027, status: 'draft', effectiveFrom: '2027-01-01' });
    expect(res.body.cells['4'][0]).toBe(fen(approved.cells['4'][0] * 1.1));
    expect(res.body.cityAverageWage).toBe(approved.cityAverageWage);
    const edited = await as.staff
      .put(`/api/panel/pay-scales/${raised.id}`)
      .send({ title: '2027年标准（上调10%，已核）' });
    expect(edited.status).toBe(200);
  });

  it('raises the cells below a new floor to it, and the floor hook still guards the rest', async () => {
    const res = await as.staff
      .post(`/api/panel/pay-scales/${approved.id}/derive`)
      .send({ year: 2028, cityAverageWage: 90_000, rule: { kind: 'floor' } });
    expect(res.status).toBe(201);
    expect(Math.min(...Object.values(res.body.cells as Record<string, number[]>).flat())).toBe(7500);
    const low = await as.staff
      .post(`/api/panel/pay-scales/${approved.id}/derive`)
      .send({ year: 2031, cityAverageWage: 90_000, rule: { kind: 'amount', amount: 100, post: 1 } });
    expect(low.status).toBe(400);
    expect(low.body.errors.cells).toMatch(
      /^年基本报酬低于全市平均工资 90,000 元：第4岗第1级（月 7,000 元，年 84,000 元）、/,
    );
  });

  it.each([
    [
      { kind: 'double' },
      '调整规则 rule 无效：kind 应为 percent（按百分比）、amount（按金额）或 floor（升至全市平均工资）',
    ],
    [
      { kind: 'percent', percent: '10' },
      '调整规则 rule 无效：百分比 percent 应为大于 -100、不超过 100 的数字',
    ],
    [{ kind: 'amount', amount: 50, level: 9 }, '调整规则 rule 无效：薪级 level 应为 1 至 8 的整数'],
  ])('refuses the rule %j with a clear 400', async (rule, message) => {
    const res = await as.staff.post(`/api/panel/pay-scales/${approved.id}/derive`).send({ year: 2032, rule });
    expect([res.status, res.body.message]).toEqual([400, message]);
  });

  it('is for staff in the district, from an approved table, one a year', async () => {
    const body = { year: 2033, rule: { kind: 'percent', percent: 1 } };
    const path = (id: string) => `/api/panel/pay-scales/${id}/derive`;
    expect((await as.supervisor.post(path(approved.id)).send(body)).status).toBe(403);
    expect((await as.clerk.post(path(approved.id)).send(body)).status).toBe(403);
    const draft = await as.staff.post(path(raised.id)).send(body);
    expect([draft.status, draft.body.message]).toEqual([
      409,
      '2027年的薪酬标准尚未批准：只能从已批准的标准生成新标准',
    ]);
    expect((await as.staff.post(path(approved.id)).send({ ...body, year: 2027 })).status).toBe(409);
  });
});

describe('GET /pay-scales/:id/cost', () => {
  it('is the payroll’s pay times twelve, and a +10 % table adds exactly 10 % of the base', async () => {
    const drafted = await as.staff.post('/api/panel/payrolls/draft').send({ month: '2026-06' });
    const payroll = (await as.staff.get(`/api/panel/payrolls/${drafted.body.payroll}`)).body;
    const res = await cost(as.supervisor, raised.id, '?month=2026-06');
    expect(res.status).toBe(200);
    const c = res.body;
    expect(c).toMatchObject({
      table: { id: raised.id, year: 2027 },
      against: { id: approved.id, year: 2026 },
      month: '2026-06',
      headcount: payroll.headcount,
      affected: payroll.headcount,
      falling: [],
      fallingCount: 0,
      unpricedCount: 0,
    });
    expect(c.current).toEqual({
      base: fen(payroll.totals.base * 12),
      allowances: fen((payroll.totals.seniority + payroll.totals.qualification) * 12),
      gross: fen(payroll.totals.gross * 12),
      employer: fen(payroll.totals.employer * 12),
      total: fen(payroll.totals.cost * 12),
    });
    expect(c.added.base).toBe(fen(c.current.base * 0.1));
    expect(c.added.allowances).toBe(0);
    expect(c.proposed.total).toBe(fen(c.proposed.gross + c.proposed.employer));
    const sum = (rows: { headcount: number; added: { total: number } }[]) => [
      rows.reduce((s, r) => s + r.headcount, 0),
      fen(rows.reduce((s, r) => s + r.added.total, 0)),
    ];
    expect(sum(c.byTown)).toEqual([c.headcount, c.added.total]);
    expect(sum(c.byPost)).toEqual([c.headcount, c.added.total]);
    expect(c.byTown.map((t: { town: { name: string } }) => t.town.name)).toContain('城关街道');
    expect(c.byPost.map((p: { post: number }) => p.post)).toEqual([1, 2, 3, 4]);
  });

  it('compares with the table named, and defaults to this month', async () => {
    const named = await cost(as.staff, raised.id, `?against=${approved.id}`);
    expect(named.status).toBe(200);
    expect(named.body.month).toMatch(/^\d{4}-\d{2}$/);
    expect(named.body.added.base).toBe(fen(named.body.current.base * 0.1));
  });

  it('lists the workers whose pay would fall', async () => {
    const cells = { ...approved.cells, '1': approved.cells['1'].map((m) => m - 100) };
    const made = await as.staff
      .post('/api/panel/pay-scales')
      .send({ year: 2035, effectiveFrom: '2035-01-01', cityAverageWage: 78_000, cells });
    const res = await cost(as.staff, made.body.id, `?month=2026-06`);
    const post1 = await app.strapi.db
      .query('api::worker.worker')
      .count({ where: { postTier: 1, status: { $in: PAID } } });
    expect(res.body.fallingCount).toBe(post1);
    expect(res.body.falling).toHaveLength(Math.min(post1, 100));
    const [first] = res.body.falling;
    expect(first).toMatchObject({ postTier: 1, name: expect.any(String), community: expect.any(String) });
    expect(fen(first.current - first.proposed)).toBe(100);
    expect(res.body.added.base).toBe(-post1 * 100 * 12);
  });

  it('keeps a town’s supervisor to the town, and a clerk to the community', async () => {
    const inTown = await app.strapi.db
      .query('api::worker.worker')
      .count({ where: { status: { $in: PAID }, community: { town: { documentId: town } } } });
    const mine = (await cost(as.townSupervisor, raised.id, '?month=2026-06')).body;
    expect(mine.headcount).toBe(inTown);
    expect(mine.byTown).toEqual([expect.objectContaining({ town: { id: town, name: '城关街道' } })]);
    const clerk = (await cost(as.clerk, raised.id, '?month=2026-06')).body;
    const heping = await app.strapi.db
      .query('api::worker.worker')
      .count({ where: { status: { $in: PAID }, community: { name: '和平社区' } } });
    expect(clerk.headcount).toBe(heping);
  });

  it.each(['publicity', 'member', 'unit'] as const)('is never for %s', async (role) => {
    const res = await cost(as[role], raised.id);
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/^您没有/);
  });

  it.each([
    ['?against=abc', '参数 against 无效：应为一条记录的编号'],
    ['?against=a&against=b', '参数 against 无效：应为一条记录的编号'],
    ['?month=2026-13', '参数 month 无效：应为年月，如 2026-12 或 2026年12月'],
    [
      '?against=zzzzzzzzzzzzzzzzzzzzzzzz',
      '找不到编号为 zzzzzzzzzzzzzzzzzzzzzzzz 的薪酬标准，无法作为比较基准',
    ],
  ])('refuses %s with a clear 400', async (query, message) => {
    const res = await cost(as.supervisor, raised.id, query);
    expect([res.status, res.body.message]).toEqual([400, message]);
  });

  it('refuses the table itself as its baseline, in English too', async () => {
    const res = await cost(as.supervisor, raised.id, `?against=${raised.id}`).set('Accept-Language', 'en');
    expect([res.status, res.body.message]).toEqual([
      400,
      'A table cannot be compared with itself: choose another approved pay table',
    ]);
  });

  it('answers 409 for a draft baseline, or when there is none, and 404 for no such table', async () => {
    const draft = await cost(as.supervisor, approved.id, `?against=${raised.id}`);
    expect([draft.status, draft.body.message]).toEqual([409, '2027年的薪酬标准尚未批准，不能作为比较基准']);
    const early = await as.staff
      .post('/api/panel/pay-scales')
      .send({ year: 2020, effectiveFrom: '2020-01-01', cityAverageWage: 78_000, cells: approved.cells });
    const none = await cost(as.supervisor, early.body.id);
    expect([none.status, none.body.message]).toEqual([
      409,
      '2020年及以前没有已批准的薪酬标准，无从测算新增支出',
    ]);
    expect((await cost(as.supervisor, 'zzzzzzzzzzzzzzzzzzzzzzzz')).status).toBe(404);
  });

  it('exports the figures to Excel: totals, by town, by post', async () => {
    const figures = (await cost(as.supervisor, raised.id, '?month=2026-06')).body;
    const res = await as.supervisor
      .get(`/api/panel/pay-scales/${raised.id}/cost.xlsx?month=2026-06`)
      .buffer(true)
      .parse(wholeBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="pay-scale-2027-cost.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '按乡镇', '按岗位']);
    const [summary, towns, posts] = book.worksheets;
    expect((summary.getRow(4).values as unknown[]).slice(1)).toEqual([
      '新增支出',
      figures.added.base,
      figures.added.allowances,
      figures.added.gross,
      figures.added.employer,
      figures.added.total,
    ]);
    expect(towns.rowCount).toBe(figures.byTown.length + 1);
    expect(posts.getRow(2).getCell(8).value).toBe(figures.byPost[0].added.total);
    // Money reads as 4,500.00; headcounts stay whole numbers.
    expect([summary.getRow(4).getCell(2).numFmt, towns.getRow(2).getCell(4).numFmt]).toEqual([
      '#,##0.00',
      '#,##0.00',
    ]);
    expect(towns.getRow(2).getCell(2).numFmt).toBeUndefined();
    expect((await as.member.get(`/api/panel/pay-scales/${raised.id}/cost.xlsx`)).status).toBe(403);
  });
});
