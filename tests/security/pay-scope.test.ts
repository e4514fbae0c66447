/**
 * Pay stays with those who keep it, inside their scope: a community's clerk sees that community's lines
 * in the payroll, its list and its Excel, and nobody else's; pay history is for staff and supervisors in
 * scope; fifty drafts of one month at once leave one payroll and never a 5xx.
 */
import ExcelJS from 'exceljs';
import { api, login, wholeBody } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Role = 'staff' | 'supervisor' | 'clerk' | 'publicity' | 'member' | 'unit';
let app: TestApp;
const as = {} as Record<Role, ReturnType<typeof api>>;
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
let payroll: string;
let clerkCommunity: string;

interface Line {
  id: string;
  worker: string;
  community: string;
}

async function linesAs(
  who: Role,
  filter: Record<string, unknown>,
): Promise<{ lines: Line[]; total: number }> {
  const res = await as[who].get(`/api/panel/payroll-lines?filter=${q(filter)}&range=[0,999]`);
  expect(res.status).toBe(200);
  return { lines: res.body, total: Number(res.headers['content-range'].split('/')[1]) };
}

async function exportAs(who: Role) {
  const res = await as[who].get(`/api/panel/payrolls/${payroll}/export.xlsx`).buffer(true).parse(wholeBody);
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.body as never);
  return book.worksheets[0];
}

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'clerk', 'publicity', 'member', 'unit'] as const)
    as[r] = api(app, await login(app, r));
  clerkCommunity = (await as.clerk.get('/api/panel/me')).body.scope.id;
  const [table] = (await as.supervisor.get(`/api/panel/pay-scales?filter=${q({ year: 2026 })}`)).body;
  if (table.status !== 'approved')
    await as.supervisor.post(`/api/panel/pay-scales/${table.id}/approve`).send({});
});
afterAll(() => app.stop());

describe('fifty drafts of one month at once', () => {
  it('leave exactly one payroll with one line per worker, each answered 200 or 409', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => as.staff.post('/api/panel/payrolls/draft').send({ month: '2026-05' })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    for (const a of answers.filter((x) => x.status === 409))
      expect(a.body.message).toMatch(/[\u4e00-\u9fff]/);
    const payrolls = (await as.staff.get(`/api/panel/payrolls?filter=${q({ month: '2026-05' })}`)).body;
    expect(payrolls).toHaveLength(1);
    payroll = payrolls[0].id;
    expect(answers.filter((a) => a.status === 200).every((a) => a.body.payroll === payroll)).toBe(true);
    const { lines, total } = await linesAs('staff', { payroll });
    expect(total).toBe(payrolls[0].headcount);
    expect(new Set(lines.map((l) => l.worker)).size).toBe(lines.length);
    expect((await as.supervisor.post(`/api/panel/payrolls/${payroll}/approve`).send({})).status).toBe(200);
  }, 120_000);
});

describe('a community clerk', () => {
  it('sees only their community’s lines in the list of a payroll', async () => {
    const mine = await linesAs('clerk', { payroll });
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.lines.every((l) => l.community === clerkCommunity)).toBe(true);
    const all = await linesAs('supervisor', { payroll });
    expect(new Set(all.lines.map((l) => l.community)).size).toBeGreaterThan(1);
    expect(all.lines.filter((l) => l.community === clerkCommunity)).toHaveLength(mine.total);
    const elsewhere = all.lines.find((l) => l.community !== clerkCommunity) as Line;
    expect((await as.clerk.get(`/api/panel/payroll-lines/${elsewhere.id}`)).status).toBe(404);
  });

  it('reads the payroll itself without any worker’s pay in it', async () => {
    const res = await as.clerk.get(`/api/panel/payrolls/${payroll}`);
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('lines');
    expect(JSON.stringify(res.body)).not.toMatch(/"worker"/);
  });

  it('exports only their community’s lines, with totals of those lines', async () => {
    const mine = await linesAs('clerk', { payroll });
    const sheet = await exportAs('clerk');
    expect(sheet.rowCount).toBe(mine.total + 2);
    const communities = new Set<unknown>();
    for (let r = 2; r <= mine.total + 1; r += 1) communities.add(sheet.getRow(r).getCell(3).value);
    expect([...communities]).toEqual(['和平社区']);
    const gross = (await linesAs('clerk', { payroll })).lines as unknown as { gross: number }[];
    const sum = Math.round(gross.reduce((s, l) => s + l.gross, 0) * 100) / 100;
    const totals = sheet.getRow(mine.total + 2);
    expect(totals.getCell(9).value).toEqual({ formula: `SUM(I2:I${mine.total + 1})`, result: sum });
  });

  it('reads the pay history of their own workers only', async () => {
    const { lines } = await linesAs('supervisor', { payroll });
    const own = lines.find((l) => l.community === clerkCommunity) as Line;
    const other = lines.find((l) => l.community !== clerkCommunity) as Line;
    const history = await as.clerk.get(`/api/panel/workers/${own.worker}/pay-history`);
    expect(history.status).toBe(200);
    expect(history.body.months.map((m: { month: string }) => m.month)).toContain('2026-05');
    expect([403, 404]).toContain(
      (await as.clerk.get(`/api/panel/workers/${other.worker}/pay-history`)).status,
    );
  });
});

describe('roles that keep no pay', () => {
  it.each(['publicity', 'member', 'unit'] as const)(
    '%s is refused pay history, lines and export',
    async (who) => {
      const { lines } = await linesAs('supervisor', { payroll });
      expect((await as[who].get(`/api/panel/workers/${lines[0].worker}/pay-history`)).status).toBe(403);
      expect((await as[who].get(`/api/panel/payroll-lines?filter=${q({ payroll })}`)).status).toBe(403);
      expect((await as[who].get(`/api/panel/payrolls/${payroll}/export.xlsx`)).status).toBe(403);
    },
  );

  it('lines are read-only to everyone through the panel', async () => {
    const { lines } = await linesAs('staff', { payroll });
    for (const who of ['staff', 'supervisor'] as const) {
      expect((await as[who].post('/api/panel/payroll-lines').send({ name: 'x' })).status).toBe(403);
      expect((await as[who].put(`/api/panel/payroll-lines/${lines[0].id}`).send({ net: 1 })).status).toBe(
        403,
      );
      expect((await as[who].delete(`/api/panel/payroll-lines/${lines[0].id}`)).status).toBe(403);
    }
  });
});

describe('a supervisor', () => {
  it('sees every line, the whole export and any worker’s pay history', async () => {
    const all = await linesAs('supervisor', { payroll });
    const [record] = (await as.supervisor.get(`/api/panel/payrolls?filter=${q({ month: '2026-05' })}`)).body;
    expect(all.total).toBe(record.headcount);
    expect((await exportAs('supervisor')).rowCount).toBe(all.total + 2);
    const history = await as.supervisor.get(`/api/panel/workers/${all.lines[0].worker}/pay-history`);
    expect(history.status).toBe(200);
  });
});
