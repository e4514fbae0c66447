/**
 * `npm run import` (issue 12): the administrator's command line runs the panel's own import on the
 * district's database — a dry run that writes nothing, a commit, the same file again creating nothing,
 * and a bad row reported by row with the failed rows written beside the file.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import knex from 'knex';
import path from 'path';
import { ROOT, TEMPLATE_DB, TMP, testEnv } from '../helpers/env';
import { idNumber, WORKER_HEAD, workerRow, wrongCheck } from '../helpers/sheets';

const db = path.join(TMP, `import-cli-${process.pid}.db`);
const sheet = path.join(TMP, `cli-${process.pid}.csv`);
const failed = sheet.replace(/\.csv$/, '-错误行.xlsx');

const cli = (...args: string[]) =>
  spawnSync('node', [path.join(ROOT, 'scripts/import.js'), ...args], {
    env: { ...process.env, ...testEnv(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: db },
    encoding: 'utf8',
    timeout: 300_000,
  });

let community: string;

/** The first community's name, read straight from the copied demo database. */
async function firstCommunity(): Promise<string> {
  const conn = knex({ client: 'better-sqlite3', connection: { filename: db }, useNullAsDefault: true });
  try {
    return ((await conn('communities').orderBy('id').first('name')) as { name: string }).name;
  } finally {
    await conn.destroy();
  }
}

beforeAll(async () => {
  fs.copyFileSync(TEMPLATE_DB, db);
  community = await firstCommunity();
});
afterAll(() => {
  for (const f of [db, `${db}-wal`, `${db}-shm`, sheet, failed]) fs.rmSync(f, { force: true });
});

describe('npm run import', () => {
  const rows = (prefix = '命令行', seq = 300) =>
    Array.from({ length: 30 }, (_, i) =>
      workerRow(`${prefix}${i}`, idNumber(`1986-0${1 + (i % 9)}-1${i % 10}`, String(seq + i)), community),
    );

  it('checks a file without writing, then imports it, and creates nothing the second time', () => {
    fs.writeFileSync(sheet, [WORKER_HEAD, ...rows()].join('\n'));
    const dry = cli('workers', sheet, '--dry-run');
    expect(dry.stderr).toContain('30 / 30');
    expect(dry.stdout).toContain('检查完成：共 30 行，新增 30 行，更新 0 行，无变化 0 行，有误 0 行');
    expect(dry.status).toBe(0);
    const commit = cli('workers', sheet);
    expect(commit.stdout).toContain('导入完成：共 30 行，新增 30 行');
    expect(commit.status).toBe(0);
    const again = cli('workers', sheet, '--mode', 'upsert');
    expect(again.stdout).toContain('导入完成：共 30 行，新增 0 行，更新 0 行，无变化 30 行');
  }, 600_000);

  it('reports a bad row by row and writes the failed rows beside the file', async () => {
    const bad = rows('坏行', 500);
    const cells = bad[4].split(',');
    cells[3] = wrongCheck(idNumber('1986-05-24', '404'));
    bad[4] = cells.join(',');
    fs.writeFileSync(sheet, [WORKER_HEAD, ...bad].join('\n'));
    const run = cli('workers', sheet, '--mode', 'insert');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('导入未写入：共 30 行，新增 29 行，更新 0 行，无变化 0 行，有误 1 行');
    expect(run.stdout).toMatch(/第 6 行 身份证号：.*校验位/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(failed);
    expect(book.worksheets[0].rowCount).toBe(2);
    expect(book.worksheets[0].getRow(2).getCell(1).value).toBe('坏行4');
  }, 600_000);

  it('says what it cannot do, in words', () => {
    const unknown = cli('nothing', sheet);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('无法导入“nothing”');
    const usage = cli('workers');
    expect(usage.status).toBe(1);
    expect(usage.stderr).toContain('用法 usage: npm run import');
    const nobody = cli('workers', sheet, '--as', 'nobody-here');
    expect(nobody.stderr).toContain('没有账号“nobody-here”');
  }, 600_000);
});
