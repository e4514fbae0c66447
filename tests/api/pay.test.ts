/**
 * Pay: tables above the city average wage, approved tables locked, the monthly payroll as a snapshot
 * that a supervisor approves and that stays as it was; its Excel export read back cell by cell.
 */
import ExcelJS from 'exceljs';
import { api, login, wholeBody } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'publicity', ReturnType<typeof api>>;
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const grid = (start: number) =>
  Object.fromEntries(
    [1, 2, 3, 4].map((p) => [
      String(p),
      Array.from({ length: 8 }, (_, i) => start + (4 - p) * 800 + i * 200),
    ]),
  );

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'publicity'] as const) as[r] = api(app, await login(app, r));
});
afterAll(() => app.stop());

interface Line {
  id: string;
  worker: string;
  name: string;
  community: string;
  postTier: number;
  payLevel: number;
  base: number;
  seniority: number;
  qualification: number;
  gross: number;
  personal: Record<string, number>;
  personalTotal: number;
  net: number;
  employerTotal: number;
  cost: number;
}

/** A payroll's lines, a page at a time. */
async function linesOf(payroll: string) {
  const lines: Line[] = [];
  for (let from = 0; ; from += 100) {
    const page = (
      await as.staff.get(`/api/panel/payroll-lines?filter=${q({ payroll })}&range=[${from},${from + 99}]`)
    ).body;
    lines.push(...page);
    if (page.length < 100) return lines;
  }
}

describe('pay tables', () => {
  it('refuses a table with a cell below the city average wage, naming each such cell', async () => {
    const res = await as.staff
      .post('/api/panel/pay-scales')
      .send({ year: 2030, effectiveFrom: '2030-01-01', cityAverageWage: 86_500, cells: grid(7000) });
    expect(res.status).toBe(400);
    expect(res.body.errors.cells).toBe(
      '年基本报酬低于全市平均工资 86,500 元：第4岗第1级（月 7,000 元，年 84,000 元）、第4岗第2级（月 7,200 元，年 86,400 元）',
    );
    expect((await as.staff.get(`/api/panel/pay-scales?filter=${q({ year: 2030 })}`)).body).toEqual([]);
  });

  it('refuses a grid of the wrong shape', async () => {
    const res = await as.staff
      .post('/api/panel/pay-scales')
      .send({ year: 2030, effectiveFrom: '2030-01-01', cityAverageWage: 1, cells: { 1: [1, 2] } });
    expect(res.body.errors.cells).toBe('应为 4 个岗位各 8 个级别的月基本报酬（元，大于 0）');
  });

  it('is one per year, approved by a supervisor and then locked', async () => {
    const made = await as.staff
      .post('/api/panel/pay-scales')
      .send({ year: 2029, effectiveFrom: '2029-01-01', cityAverageWage: 80_000, cells: grid(7000) });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      status: 'draft',
      rates: expect.objectContaining({ pension: { employer: 0.16, personal: 0.08 } }),
    });
    const again = await as.staff
      .post('/api/panel/pay-scales')
      .send({ year: 2029, effectiveFrom: '2029-01-01', cityAverageWage: 80_000, cells: grid(7000) });
    expect(again.status).toBe(409);
    const raise = await as.staff
      .put(`/api/panel/pay-scales/${made.body.id}`)
      .send({ cityAverageWage: 84_100 });
    expect(raise.body.errors.cells).toMatch(/^年基本报酬低于全市平均工资 84,100 元：第4岗第1级/);
    expect((await as.staff.post(`/api/panel/pay-scales/${made.body.id}/approve`).send({})).status).toBe(403);
    expect(
      (await as.supervisor.post(`/api/panel/pay-scales/${made.body.id}/approve`).send({})).body.status,
    ).toBe('approved');
    expect((await as.staff.put(`/api/panel/pay-scales/${made.body.id}`).send({ title: '改' })).status).toBe(
      409,
    );
  });
});

describe('the monthly payroll', () => {
  let table: { id: string };
  beforeAll(async () => {
    table = (await as.supervisor.get(`/api/panel/pay-scales?filter=${q({ year: 2026 })}`)).body[0];
  });

  it('needs the year’s approved table', async () => {
    const res = await as.staff.post('/api/panel/payrolls/draft').send({ month: '2026-06' });
    expect([res.status, res.body.message]).toEqual([409, '2026年的薪酬标准尚未批准，不能生成工资表']);
  });

  it('pays every on-duty worker from the table, is approved by a supervisor, and stays as it was', async () => {
    await as.supervisor.post(`/api/panel/pay-scales/${table.id}/approve`).send({});
    expect((await as.publicity.post('/api/panel/payrolls/draft').send({ month: '2026-06' })).status).toBe(
      403,
    );
    const drafted = await as.staff.post('/api/panel/payrolls/draft').send({ month: '2026-06' });
    expect(drafted.status).toBe(200);
    const onDuty = await as.staff.get(
      `/api/panel/workers?range=[0,0]&filter=${q({ status: ['active', 'trial', 'acting', 'seconded'] })}`,
    );
    // Drafting again rewrites the same draft: one payroll, one line per worker, the same totals.
    const first = (await as.staff.get(`/api/panel/payrolls/${drafted.body.payroll}`)).body;
    const again = await as.staff.post('/api/panel/payrolls/draft').send({ month: '2026-06' });
    expect(again.body).toEqual(drafted.body);
    const payroll = (await as.staff.get(`/api/panel/payrolls/${drafted.body.payroll}`)).body;
    expect(payroll.headcount).toBe(Number(onDuty.headers['content-range'].split('/')[1]));
    expect(payroll).not.toHaveProperty('lines');
    const lines = await linesOf(payroll.id);
    expect(lines).toHaveLength(payroll.headcount);
    expect(payroll.totals).toEqual(first.totals);
    const line = lines[0];
    expect(line.gross).toBe(Math.round((line.base + line.seniority + line.qualification) * 100) / 100);
    expect(line.net).toBe(Math.round((line.gross - line.personalTotal) * 100) / 100);
    const sum = (k: 'gross' | 'net' | 'cost') => Math.round(lines.reduce((s, l) => s + l[k], 0) * 100) / 100;
    expect([payroll.totals.gross, payroll.totals.net, payroll.totals.cost]).toEqual([
      sum('gross'),
      sum('net'),
      sum('cost'),
    ]);
    expect((await as.staff.post(`/api/panel/payrolls/${payroll.id}/approve`).send({})).status).toBe(403);
    expect((await as.supervisor.post(`/api/panel/payrolls/${payroll.id}/approve`).send({})).body.status).toBe(
      'approved',
    );
    expect((await as.staff.post('/api/panel/payrolls/draft').send({ month: '2026-06' })).body.message).toBe(
      '2026-06的工资表已审批，不能重新生成',
    );
    expect((await as.staff.put(`/api/panel/payrolls/${payroll.id}`).send({ month: '2026-07' })).status).toBe(
      403,
    );

    // Later changes — the worker's level, the table itself through Strapi's own door — leave the snapshot as it was.
    await as.staff.put(`/api/panel/workers/${line.worker}`).send({ payLevel: line.payLevel === 8 ? 7 : 8 });
    await app.strapi
      .documents('api::pay-scale.pay-scale')
      .update({ documentId: table.id, data: { seniorityCap: 1 } as never });
    expect((await as.staff.get(`/api/panel/payroll-lines/${line.id}`)).body).toEqual(line);

    const history = (await as.staff.get(`/api/panel/workers/${line.worker}/pay-history`)).body;
    expect(history.months).toEqual([
      {
        month: '2026-06',
        postTier: line.postTier,
        payLevel: line.payLevel,
        base: line.base,
        gross: line.gross,
        net: line.net,
      },
    ]);
  });

  it('exports to Excel with Chinese headers, a row per worker and a totals row', async () => {
    const [payroll] = (await as.staff.get(`/api/panel/payrolls?filter=${q({ month: '2026-06' })}`)).body;
    const full = {
      ...(await as.staff.get(`/api/panel/payrolls/${payroll.id}`)).body,
      lines: await linesOf(payroll.id),
    };
    const names = new Map(
      (
        (await as.staff.get('/api/panel/communities?range=[0,99]')).body as { id: string; name: string }[]
      ).map((c) => [c.id, c.name]),
    );
    const res = await as.staff
      .get(`/api/panel/payrolls/${payroll.id}/export.xlsx`)
      .buffer(true)
      .parse(wholeBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="payroll-2026-06.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('2026-06工资表');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '序号',
      '姓名',
      '社区',
      '岗位等级',
      '薪级',
      '基本报酬',
      '年限补贴',
      '职业津贴',
      '应发合计',
      '个人养老保险',
      '个人医疗保险',
      '个人失业保险',
      '个人住房公积金',
      '个人扣款合计',
      '实发金额',
      '单位缴费合计',
      '用人成本',
    ]);
    expect(sheet.rowCount).toBe(full.lines.length + 2);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    const first = full.lines.find(
      (l: Line) => l.name === row[1] && names.get(l.community) === row[2],
    ) as Line;
    expect(row).toEqual([
      1,
      first.name,
      names.get(first.community),
      first.postTier,
      first.payLevel,
      first.base,
      first.seniority,
      first.qualification,
      first.gross,
      first.personal.pension,
      first.personal.medical,
      first.personal.unemployment,
      first.personal.housingFund,
      first.personalTotal,
      first.net,
      first.employerTotal,
      first.cost,
    ]);
    const totals = sheet.getRow(full.lines.length + 2);
    expect(totals.getCell(1).value).toBe('合计');
    expect((totals.getCell(9).value as { result: number }).result).toBe(full.totals.gross);
    expect((totals.getCell(15).value as { result: number }).result).toBe(full.totals.net);
    expect((totals.getCell(17).value as { formula: string }).formula).toBe(
      `SUM(Q2:Q${full.lines.length + 1})`,
    );
    // Money reads as 4,500.00 in Excel, and the header stays in view while the clerk scrolls.
    expect(sheet.getRow(2).getCell(9).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(2).getCell(2).numFmt).toBeUndefined();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
