/**
 * Excel in (issue 12): the template, the dry run and the commit of a sheet through the same create and
 * update a form uses — values as clerks type them, rows matched by their natural key, every rule and
 * scope holding, nothing written when a row is wrong unless invalid rows are skipped.
 */
import { randomBytes } from 'crypto';
import ExcelJS from 'exceljs';
import { api, createAccount, login, wholeBody } from '../helpers/session';
import { idNumber, WORKER_HEAD, workerRow } from '../helpers/sheets';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let staff: ReturnType<typeof api>;
let community: { id: string; name: string; code: string };
let other: { id: string; name: string; code: string };

const HEAD = WORKER_HEAD;
const row = (name: string, id: string, c = community.name, more = '') => workerRow(name, id, c, more);

async function upload(
  as: ReturnType<typeof api>,
  resource: string,
  file: Buffer | string,
  fields: Record<string, string> = {},
  name = 'sheet.csv',
) {
  const req = as.post(`/api/panel/${resource}/import`);
  for (const [k, v] of Object.entries(fields)) req.field(k, v);
  return req.attach('file', Buffer.from(file), name);
}

const countWorkers = async (filter: object) =>
  Number(
    (
      await staff.get(`/api/panel/workers?range=[0,0]&filter=${encodeURIComponent(JSON.stringify(filter))}`)
    ).headers['content-range'].split('/')[1],
  );

beforeAll(async () => {
  app = await startStrapi();
  staff = api(app, await login(app, 'staff'));
  const list = (await staff.get('/api/panel/communities?range=[0,1]&sort=["id","ASC"]')).body;
  [community, other] = list;
  const clerkOf = await createAccount(app.strapi, 'import-clerk', {
    role: 'staff',
    scopeCommunity: community.id,
  });
  expect(clerkOf).toBe('import-clerk');
});
afterAll(() => app.stop());

describe('GET /api/panel/:resource/import/template.xlsx', () => {
  it('gives staff a workbook headed by the Chinese labels, with 填写说明', async () => {
    const res = await staff.get('/api/panel/workers/import/template.xlsx').buffer(true).parse(wholeBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect((book.worksheets[0].getRow(1).values as unknown[]).slice(1, 4)).toEqual([
      '姓名*',
      '性别*',
      '出生日期*',
    ]);
    expect(book.getWorksheet('填写说明')).toBeDefined();
  });

  it.each([
    ['member', 'workers', 403],
    ['staff', 'nothing-here', 404],
    ['staff', 'audit-entries', 404],
  ])('answers %s on %s with %i', async (who, resource, status) => {
    const as = api(app, await login(app, who));
    expect((await as.get(`/api/panel/${resource}/import/template.xlsx`)).status).toBe(status);
  });
});

describe('POST /api/panel/:resource/import', () => {
  it('reads a dry run without writing, then commits, taking birth date and gender from the ID number', async () => {
    const a = idNumber('1988-03-05', '123');
    const b = idNumber('1990-11-20', '124');
    const csv = [HEAD, row('导入甲', a), row('导入乙', b)].join('\r\n');
    const dry = await upload(staff, 'workers', csv, { dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      rows: 2,
      created: 2,
      updated: 0,
      failed: 0,
      errors: [],
      committed: false,
    });
    expect(await countWorkers({ q: '导入甲' })).toBe(0);

    const done = await upload(staff, 'workers', csv);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ rows: 2, created: 2, committed: true });
    const [w] = (
      await staff.get(`/api/panel/workers?filter=${encodeURIComponent(JSON.stringify({ q: '导入甲' }))}`)
    ).body;
    expect(w).toMatchObject({
      birthDate: '1988-03-05',
      gender: 'male',
      community: community.id,
      education: 'bachelor',
    });

    // The same file again creates nothing: rows match by ID number.
    const again = await upload(staff, 'workers', csv);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, committed: true });
    expect(await countWorkers({ q: '导入' })).toBe(2);
  });

  it('takes values as clerks type them, in a GB18030 CSV and in a workbook', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('社区工作者');
    sheet.addRow([
      '姓名',
      '性别',
      '出生日期',
      '身份证号',
      '学历',
      '政治面貌',
      '所在社区',
      '岗位',
      '岗位等级（四岗）',
      '薪级（八级）',
      '在岗状态',
      '职业资格',
      '退役军人',
      '入职日期',
    ]);
    sheet.addRow([
      '  表格丙 ',
      '女',
      new Date(Date.UTC(1991, 0, 2)),
      idNumber('1991-01-02', '246'),
      '大专',
      '群众',
      community.code,
      '专职网格员',
      '２',
      '1',
      '在岗',
      '助理社会工作师',
      '是',
      '2020年3月1日',
    ]);
    const res = await upload(staff, 'workers', Buffer.from(await book.xlsx.writeBuffer()), {}, 'w.xlsx');
    expect(res.body).toMatchObject({ created: 1, failed: 0, committed: true });
    const [w] = (
      await staff.get(`/api/panel/workers?filter=${encodeURIComponent(JSON.stringify({ q: '表格丙' }))}`)
    ).body;
    expect(w).toMatchObject({
      name: '表格丙',
      gender: 'female',
      birthDate: '1991-01-02',
      education: 'college',
      position: 'grid',
      postTier: 2,
      isVeteran: true,
      hireDate: '2020-03-01',
      community: community.id,
    });
  });

  it('reports each bad cell by row and column in the form’s words, and writes nothing', async () => {
    const csv = [
      HEAD,
      row('好行', idNumber('1985-05-05', '135')),
      row('坏校验位', '110105198505051350'),
      row('无此社区', idNumber('1985-05-06', '137'), '不存在的社区'),
      `缺学历,,,${idNumber('1985-05-07', '139')},,中共党员,${community.name},专职社区工作者,3,2,在岗,无`,
      row('性别不符', idNumber('1985-05-08', '131'), community.name, '女'),
    ].join('\n');
    const res = await upload(staff, 'workers', csv);
    expect(res.status).toBe(400);
    expect(res.body.committed).toBe(false);
    expect(res.body.failed).toBe(4);
    expect(res.body.message).toMatch(/未写入任何记录/);
    const byRow = Object.fromEntries(res.body.errors.map((e: { row: number }) => [e.row, e]));
    expect(byRow[3]).toMatchObject({
      column: '身份证号',
      field: 'idNumber',
      message: '身份证号校验位不正确，请核对',
    });
    expect(byRow[4]).toMatchObject({
      column: '所在社区*',
      field: 'community',
      message: expect.stringContaining('不存在的社区'),
    });
    expect(byRow[5]).toMatchObject({ column: '学历*', field: 'education', message: '必填' });
    expect(byRow[6]).toMatchObject({ field: 'gender', message: '与身份证号不符（身份证号为 男）' });
    expect(await countWorkers({ q: '好行' })).toBe(0);

    const skipped = await upload(staff, 'workers', csv, { skipInvalid: 'true' });
    expect(skipped.status).toBe(200);
    expect(skipped.body).toMatchObject({ created: 1, failed: 4, committed: true });
    expect(await countWorkers({ q: '好行' })).toBe(1);
  });

  it('keeps a clerk to their own community: a row of another is a row error', async () => {
    const clerk = api(app, await login(app, 'import-clerk'));
    const csv = [
      HEAD,
      row('本社区', idNumber('1992-02-02', '151')),
      row('外社区', idNumber('1992-02-03', '153'), other.name),
    ].join('\n');
    const res = await upload(clerk, 'workers', csv, { skipInvalid: 'true' });
    expect(res.body).toMatchObject({ created: 1, failed: 1 });
    expect(res.body.errors[0]).toMatchObject({ row: 3, field: 'community' });
  });

  it('updates by ID number in update mode and refuses rows that match nothing', async () => {
    const id = idNumber('1986-06-06', '171');
    await upload(staff, 'workers', [HEAD, row('更新前', id)].join('\n'));
    const res = await upload(
      staff,
      'workers',
      ['姓名,身份证号,学历', `更新后,${id},研究生`, `无此人,${idNumber('1986-06-07', '173')},本科`].join(
        '\n',
      ),
      { mode: 'update', skipInvalid: 'true' },
    );
    expect(res.body).toMatchObject({ updated: 1, failed: 1 });
    expect(res.body.errors[0]).toMatchObject({ row: 3, message: '没有身份证号相同的记录可供更新' });
    const [w] = (
      await staff.get(`/api/panel/workers?filter=${encodeURIComponent(JSON.stringify({ q: '更新后' }))}`)
    ).body;
    expect(w.education).toBe('postgraduate');
    const insert = await upload(staff, 'workers', [HEAD, row('再加一次', id)].join('\n'), { mode: 'insert' });
    expect(insert.status).toBe(400);
    expect(insert.body.errors[0].message).toMatch(/已有相同身份证号的记录/);
  });

  it.each([
    ['no file', undefined, {}, 400, '请选择要导入的文件'],
    ['a bad mode', 'a,b\n1,2', { mode: 'replace' }, 400, '导入选项“mode”的值无效：replace'],
    ['a bad dryRun', 'a,b\n1,2', { dryRun: 'maybe' }, 400, '导入选项“dryRun”的值无效：maybe'],
    [
      'binary bytes',
      Buffer.from([0, 1, 2, 0]),
      {},
      400,
      '无法读取该文件：请上传 Excel 文件（.xlsx）或 CSV 文件',
    ],
    ['a header only', HEAD, {}, 400, '文件中没有数据：第一行应为列名，从第二行起每行一条记录'],
  ] as const)('refuses %s clearly', async (_what, file, fields, status, message) => {
    const req = staff.post('/api/panel/workers/import');
    for (const [k, v] of Object.entries(fields)) req.field(k, v);
    const res = await (file === undefined
      ? req.field('mode', 'upsert')
      : req.attach('file', Buffer.from(file), 'x.csv'));
    expect(res.status).toBe(status);
    expect(res.body.message).toBe(message);
  });

  it('names unknown and missing columns before reading any row', async () => {
    const res = await upload(staff, 'workers', '姓名,鞋码\n张,42');
    expect(res.status).toBe(400);
    const messages = res.body.errors.map((e: { message: string }) => e.message);
    expect(messages).toContain('无法识别的列“鞋码”：请使用模板中的列名');
    expect(messages).toContain('缺少必填列“学历”');
  });

  it('takes a 5 MB workbook (a sheet with a photo in it) and refuses a file over 20 MB', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('社区工作者');
    sheet.addRow(HEAD.split(','));
    for (let i = 0; i < 200; i += 1) {
      const id = idNumber(`1985-0${1 + (i % 9)}-1${i % 10}`, String(600 + (i % 300)).padStart(3, '0'));
      sheet.addRow(row(`大表${i}`, id).split(','));
    }
    // A photo of the community's notice board: bytes that do not compress, as a real photo's.
    const photo = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), randomBytes(5 * 2 ** 20)]);
    sheet.addImage(book.addImage({ base64: photo.toString('base64'), extension: 'png' }), 'N2:R12');
    const file = Buffer.from(await book.xlsx.writeBuffer());
    expect(file.length).toBeGreaterThan(5 * 2 ** 20);
    const res = await upload(staff, 'workers', file, {}, '大表.xlsx');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 200, created: 200, failed: 0, committed: true });
    expect(await countWorkers({ q: '大表' })).toBe(200);

    const huge = await upload(staff, 'workers', randomBytes(21 * 2 ** 20), {}, '太大.xlsx');
    expect(huge.status).toBe(413);
    expect(huge.body.message).toBe('文件不能超过 20 MB，这个有 21.0 MB');
    expect(await countWorkers({ q: '大表' })).toBe(200);
  });

  it('is refused to roles that may not create the resource', async () => {
    const member = api(app, await login(app, 'member'));
    expect(
      (await upload(member, 'workers', `${HEAD}\n${row('x', idNumber('1990-01-01', '111'))}`)).status,
    ).toBe(403);
  });
});

describe("a list of the rulebook's choices in one cell", () => {
  const HEAD_MEMBERS = '姓名*,党员类型*,居住社区*,手机号,特长,特长说明';
  const members = (specialties: string, phone: string) =>
    [
      HEAD_MEMBERS,
      `特长党员${phone.slice(-2)},居住地党员,${community.name},${phone},${specialties},会量血压`,
    ].join('\n');

  it('takes 特长 as clerks write them: labels separated by 、 or commas', async () => {
    const res = await upload(staff, 'party-members', members('"医疗卫生、法律咨询"', '13900002201'));
    expect(res.body).toMatchObject({ created: 1, failed: 0, committed: true });
    const [m] = (
      await staff.get(
        `/api/panel/party-members?filter=${encodeURIComponent(JSON.stringify({ q: '特长党员01' }))}`,
      )
    ).body;
    expect(m).toMatchObject({ specialties: ['medical', 'legal'], specialtyNote: '会量血压' });
  });

  it('refuses a specialty the rulebook does not list, naming the ones it does', async () => {
    const res = await upload(staff, 'party-members', members('"医疗卫生、算命"', '13900002202'));
    expect(res.body).toMatchObject({ created: 0, failed: 1, committed: false });
    expect(JSON.stringify(res.body.errors)).toMatch(/医疗卫生、法律咨询、心理疏导/);
  });

  it('offers them in the template as several choices', async () => {
    const res = await staff
      .get('/api/panel/party-members/import/template.xlsx')
      .buffer(true)
      .parse(wholeBody);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    const guide = book.worksheets.find((w) => w.name === '填写说明');
    const rows = (guide?.getSheetValues() ?? [])
      .filter((r): r is ExcelJS.CellValue[] => Array.isArray(r))
      .map((r) => r.slice(1).join('|'));
    expect(rows.find((r) => r.startsWith('特长|'))).toMatch(
      /多项选择.*可填多项，用“、”分隔：医疗卫生、法律咨询/,
    );
  });
});

describe('GET /api/panel/:resource/export.xlsx', () => {
  const xlsx = (res: { body: Buffer }) => {
    const book = new ExcelJS.Workbook();
    return book.xlsx.load(res.body as unknown as ArrayBuffer).then(() => book);
  };
  const binary = (req: ReturnType<ReturnType<typeof api>['get']>) => req.buffer(true).parse(wholeBody);

  it('round-trips: export the filtered list, edit it in Excel, import it in update mode', async () => {
    const id = idNumber('1987-07-07', '191');
    await upload(staff, 'workers', [HEAD, row('往返导出', id)].join('\n'));
    const filter = encodeURIComponent(JSON.stringify({ q: '往返导出' }));
    const res = await binary(staff.get(`/api/panel/workers/export.xlsx?filter=${filter}&sort=["id","ASC"]`));
    expect(res.status).toBe(200);
    const book = await xlsx(res);
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(headers.slice(0, 3)).toEqual(['姓名*', '性别*', '出生日期*']);
    expect(sheet.actualRowCount).toBe(2);
    const cell = (name: string) => sheet.getRow(2).getCell(headers.indexOf(name) + 1);
    expect(cell('身份证号').value).toBe(id);
    expect(cell('性别*').value).toBe('男');
    expect(cell('学历*').value).toBe('本科');
    expect(cell('所在社区*').value).toBe(community.code);
    expect(cell('出生日期*').value).toEqual(new Date('1987-07-07T00:00:00Z'));

    cell('学历*').value = '研究生';
    const edited = Buffer.from(await book.xlsx.writeBuffer());
    const back = await upload(staff, 'workers', edited, { mode: 'update' }, 'edited.xlsx');
    expect(back.body).toMatchObject({ rows: 1, updated: 1, unchanged: 0, failed: 0, committed: true });
    const [w] = (await staff.get(`/api/panel/workers?filter=${filter}`)).body;
    expect(w.education).toBe('postgraduate');

    const audit = (
      await api(app, await login(app, 'supervisor')).get(
        `/api/panel/audit-entries?filter=${encodeURIComponent(JSON.stringify({ action: 'export', resource: 'workers' }))}`,
      )
    ).body;
    expect(audit.length).toBeGreaterThan(0);
  });

  it('masks ID numbers for a role that may list workers but not see them whole', async () => {
    const who = ['publicity', 'member', 'unit'];
    const seen: Record<string, number> = {};
    for (const role of who) {
      const as = api(app, await login(app, role));
      const res = await binary(as.get('/api/panel/workers/export.xlsx?range=[0,9]'));
      seen[role] = res.status;
      if (res.status !== 200) continue;
      const sheet = (await xlsx(res)).worksheets[0];
      const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      const col = headers.indexOf('身份证号') + 1;
      for (let r = 2; r <= sheet.actualRowCount; r += 1) {
        expect(String(sheet.getRow(r).getCell(col).value ?? '')).not.toMatch(/^\d{17}[\dX]$/);
      }
    }
    // Whoever may not list workers may not export them either.
    for (const status of Object.values(seen)) expect([200, 403]).toContain(status);
  });
});
