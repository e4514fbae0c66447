/**
 * Import jobs (issue 12): every dry run and commit is an `import-jobs` record; a big file answers 202
 * and runs in the background with its progress readable; `errors.xlsx` gives back the failed rows as
 * uploaded with 错误原因 and the bad cells highlighted, and that file, fixed, imports; each written
 * record's audit entry names the job.
 */
import ExcelJS from 'exceljs';
import { api, createAccount, login, wholeBody } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { idNumber, until, WORKER_HEAD, workerRow, wrongCheck } from '../helpers/sheets';

let app: TestApp;
let staff: ReturnType<typeof api>;
let staffJwt: string;
let clerk: ReturnType<typeof api>;
let publicity: ReturnType<typeof api>;
let community: { id: string; name: string };

const csv = (rows: string[]) => [WORKER_HEAD, ...rows].join('\n');

async function upload(
  as: ReturnType<typeof api>,
  file: string | Buffer,
  fields: Record<string, string> = {},
  name = 'sheet.csv',
) {
  const req = as.post('/api/panel/workers/import');
  for (const [k, v] of Object.entries(fields)) req.field(k, v);
  return req.attach('file', Buffer.from(file), name);
}

const binary = (t: ReturnType<ReturnType<typeof api>['get']>) => t.buffer(true).parse(wholeBody);

const count = async (q: string) =>
  Number(
    (
      await staff.get(`/api/panel/workers?range=[0,0]&filter=${encodeURIComponent(JSON.stringify({ q }))}`)
    ).headers['content-range'].split('/')[1],
  );

beforeAll(async () => {
  app = await startStrapi();
  staffJwt = await login(app, 'staff');
  staff = api(app, staffJwt);
  publicity = api(app, await login(app, 'publicity'));
  [community] = (await staff.get('/api/panel/communities?range=[0,0]&sort=["id","ASC"]')).body;
  await createAccount(app.strapi, 'jobs-clerk', { role: 'staff', scopeCommunity: community.id });
  clerk = api(app, await login(app, 'jobs-clerk'));
});
afterAll(() => app.stop());

describe('an import is a job', () => {
  it('keeps a dry run as a job with its counts, and writes nothing', async () => {
    const res = await upload(
      staff,
      csv([workerRow('任务甲', idNumber('1990-01-02', '011'), community.name)]),
      {
        dryRun: 'true',
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 1, created: 1, failed: 0 });
    const job = (await staff.get(`/api/panel/import-jobs/${res.body.job}`)).body;
    expect(job).toMatchObject({
      resource: 'workers',
      fileName: 'sheet.csv',
      mode: 'upsert',
      dryRun: true,
      status: 'done',
      rowsTotal: 1,
      rowsDone: 1,
      created: 1,
      failed: 0,
      actorName: 'staff',
    });
    expect(job.errorRows).toBeUndefined();
    expect(await count('任务甲')).toBe(0);
  });

  it('names the job in the audit entry of each record it writes', async () => {
    const res = await upload(
      staff,
      csv([workerRow('任务乙', idNumber('1990-01-03', '013'), community.name)]),
    );
    expect(res.status).toBe(200);
    const [worker] = (
      await staff.get(`/api/panel/workers?filter=${encodeURIComponent(JSON.stringify({ q: '任务乙' }))}`)
    ).body;
    const entries = (
      await api(app, await login(app, 'supervisor')).get(
        `/api/panel/audit-entries?filter=${encodeURIComponent(JSON.stringify({ recordId: worker.id }))}`,
      )
    ).body as { action: string; importJob: string | null }[];
    expect(entries.map((e) => [e.action, e.importJob])).toEqual([['create', res.body.job]]);
  });

  it("keeps a clerk's jobs in the clerk's community, out of another clerk's sight", async () => {
    const res = await upload(
      clerk,
      csv([workerRow('任务丙', idNumber('1990-01-04', '015'), community.name)]),
      {
        dryRun: 'true',
      },
    );
    const job = (await staff.get(`/api/panel/import-jobs/${res.body.job}`)).body;
    expect(job.community).toBe(community.id);
    const [other] = (await staff.get('/api/panel/communities?range=[1,1]&sort=["id","ASC"]')).body;
    await createAccount(app.strapi, 'jobs-clerk-2', { role: 'staff', scopeCommunity: other.id });
    const second = api(app, await login(app, 'jobs-clerk-2'));
    expect((await second.get(`/api/panel/import-jobs/${res.body.job}`)).status).toBe(404);
    expect((await second.get(`/api/panel/import-jobs/${res.body.job}/errors.xlsx`)).status).toBe(404);
  });

  it('is not written through the panel by anyone', async () => {
    const [job] = (await staff.get('/api/panel/import-jobs?range=[0,0]')).body;
    expect((await staff.put(`/api/panel/import-jobs/${job.id}`).send({ status: 'done' })).status).toBe(403);
    expect((await staff.delete(`/api/panel/import-jobs/${job.id}`)).status).toBe(403);
    expect(
      (await staff.post('/api/panel/import-jobs/import').attach('file', Buffer.from('a'), 'a.csv')).status,
    ).toBe(404);
  });
});

describe('GET /api/panel/import-jobs/:id/errors.xlsx', () => {
  let job: string;
  const good = () => workerRow('错行甲', idNumber('1991-02-03', '021'), community.name);
  const badId = '110105199102030210';

  it('gives back the failed rows as uploaded, with 错误原因 and the bad cells highlighted', async () => {
    const res = await upload(staff, csv([good(), workerRow('错行乙', badId, community.name)]));
    expect(res.status).toBe(400);
    job = res.body.job;
    expect((await staff.get(`/api/panel/import-jobs/${job}`)).body).toMatchObject({
      status: 'refused',
      failed: 1,
      created: 1,
    });
    const file = await binary(staff.get(`/api/panel/import-jobs/${job}/errors.xlsx`));
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body);
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual([...WORKER_HEAD.split(','), '错误原因']);
    expect(sheet.rowCount).toBe(2);
    const idColumn = headers.indexOf('身份证号') + 1;
    expect(sheet.getRow(2).getCell(1).value).toBe('错行乙');
    expect(sheet.getRow(2).getCell(idColumn).value).toBe(badId);
    expect(sheet.getRow(2).getCell(idColumn).fill).toMatchObject({ pattern: 'solid' });
    expect(sheet.getRow(2).getCell(1).fill).toBeUndefined();
    expect(String(sheet.getRow(2).getCell(headers.length).value)).toMatch(/^身份证号：.*校验/);
  });

  it('takes that file back, fixed, and imports it', async () => {
    const file = await binary(staff.get(`/api/panel/import-jobs/${job}/errors.xlsx`));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body);
    const headers = (book.worksheets[0].getRow(1).values as string[]).slice(1);
    book.worksheets[0].getRow(2).getCell(headers.indexOf('身份证号') + 1).value = idNumber(
      '1991-02-03',
      '023',
    );
    const fixed = Buffer.from(await book.xlsx.writeBuffer());
    const res = await upload(staff, fixed, {}, 'fixed.xlsx');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1, failed: 0, committed: true });
    expect(await count('错行乙')).toBe(1);
  });

  it('is for the uploader, or staff and supervisors who may read the job', async () => {
    expect((await publicity.get(`/api/panel/import-jobs/${job}/errors.xlsx`)).status).toBe(403);
    expect((await staff.get('/api/panel/import-jobs/nosuchjob0000000000000/errors.xlsx')).status).toBe(404);
  });
});

describe('a big file', () => {
  const ROWS = 1_200;
  /** Distinct valid ID numbers: (month, day, sequence) differ for every i below 7,200; `days` 1 or 2. */
  const rows = (prefix: string, days = '1') =>
    Array.from({ length: ROWS }, (_, i) =>
      workerRow(
        `${prefix}${i}`,
        idNumber(`1980-0${1 + (i % 9)}-${days}${i % 10}`, String(100 + (i % 800)).padStart(3, '0')),
        community.name,
      ),
    );
  const job = (id: string) => async () => (await staff.get(`/api/panel/import-jobs/${id}`)).body;
  const ended = (id: string) =>
    until(job(id), (j) => expect(['done', 'refused', 'failed', 'stopped']).toContain(j.status));

  /** The job as the panel polls it: over one kept-alive connection, as a browser's fetch does. */
  const polled = (id: string) => async () => {
    const res = await fetch(`${app.url}/api/panel/import-jobs/${id}`, {
      headers: { authorization: `Bearer ${staffJwt}` },
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { status: string; rowsDone: number };
  };

  it('answers 202 at once and writes in the background, its progress readable', async () => {
    expect(new Set(rows('批量').map((r) => r.split(',')[3])).size).toBe(ROWS);
    const res = await upload(staff, csv(rows('批量')));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ rows: ROWS, committed: false });
    const seen: { status: string; rowsDone: number }[] = [];
    // The server keeps answering while the rows go in: no poll is dropped or waits out the import.
    const done = await until(polled(res.body.job), (j) => {
      seen.push({ status: j.status, rowsDone: j.rowsDone });
      expect(j.status).toBe('done');
    });
    expect(done).toMatchObject({ rowsTotal: ROWS, rowsDone: ROWS, created: ROWS, failed: 0 });
    expect(seen[0].status).not.toBe('done');
    expect(new Set(seen.filter((j) => j.status === 'running').map((j) => j.rowsDone)).size).toBeGreaterThan(
      1,
    );
    expect(await count('批量')).toBe(ROWS);
  }, 600_000);

  it('creates nothing the second time: every row matches its record', async () => {
    const res = await upload(staff, csv(rows('批量')));
    expect(res.status).toBe(202);
    expect(await ended(res.body.job)).toMatchObject({ status: 'done', created: 0, unchanged: ROWS });
    expect(await count('批量')).toBe(ROWS);
  }, 600_000);

  it('writes nothing when a row is wrong, and says which', async () => {
    const bad = rows('再批', '2');
    const cells = bad[700].split(',');
    cells[3] = wrongCheck(cells[3]);
    bad[700] = cells.join(',');
    const res = await upload(staff, csv(bad), { mode: 'insert' });
    expect(res.status).toBe(202);
    const refused = await ended(res.body.job);
    expect(refused).toMatchObject({ status: 'refused', failed: 1, rowsDone: ROWS });
    expect(refused.errors[0]).toMatchObject({ row: 702, column: '身份证号' });
    expect(await count('再批')).toBe(0);
  }, 600_000);

  it('dry-runs by the form’s checks; a commit a hook refuses (a second secretary) writes nothing', async () => {
    const file = rows('三批', '2');
    // 和平社区 has its secretary already: one community, one secretary, whatever door the write takes.
    file[900] = file[900].replace('专职社区工作者', '书记');
    const dry = await upload(staff, csv(file), { dryRun: 'true' });
    expect(dry.status).toBe(202);
    expect(await ended(dry.body.job)).toMatchObject({ status: 'done', created: ROWS, failed: 0 });
    const res = await upload(staff, csv(file));
    expect(res.status).toBe(202);
    const refused = await ended(res.body.job);
    expect(refused).toMatchObject({ status: 'refused', failed: 1, rowsDone: ROWS });
    expect(refused.errors[0]).toMatchObject({ row: 902, column: '岗位*' });
    expect(refused.errors[0].message).toMatch(/已有现任书记.*一个社区只能有一名书记/);
    expect(await count('三批')).toBe(0);
  }, 600_000);
});
