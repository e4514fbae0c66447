/**
 * A payroll as an Excel workbook: Chinese headers, one row per worker the viewer may see (read a batch at
 * a time, within the viewer's scope), a totals row whose formulas carry their values, streamed.
 */
import { PassThrough, type Readable } from 'stream';
import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import { fen } from '@yanzhen/config';
import type { Access } from '../panel/access';
import type { Resource } from '../panel/model';
import type { Viewer } from '../panel/viewer';
import { LINE } from './payroll';

type Amounts = Record<string, number>;

export interface ExportLine {
  id: number;
  name: string;
  community: { name: string } | null;
  postTier: number;
  payLevel: number;
  base: number;
  seniority: number;
  qualification: number;
  gross: number;
  personal: Amounts;
  personalTotal: number;
  net: number;
  employerTotal: number;
  cost: number;
}

const COLUMNS: [string, (l: ExportLine, i: number) => string | number, number][] = [
  ['序号', (_l, i) => i + 1, 6],
  ['姓名', (l) => l.name, 10],
  ['社区', (l) => l.community?.name ?? '', 12],
  ['岗位等级', (l) => l.postTier, 9],
  ['薪级', (l) => l.payLevel, 6],
  ['基本报酬', (l) => l.base, 11],
  ['年限补贴', (l) => l.seniority, 10],
  ['职业津贴', (l) => l.qualification, 10],
  ['应发合计', (l) => l.gross, 11],
  ['个人养老保险', (l) => l.personal.pension, 12],
  ['个人医疗保险', (l) => l.personal.medical, 12],
  ['个人失业保险', (l) => l.personal.unemployment, 12],
  ['个人住房公积金', (l) => l.personal.housingFund, 14],
  ['个人扣款合计', (l) => l.personalTotal, 12],
  ['实发金额', (l) => l.net, 11],
  ['单位缴费合计', (l) => l.employerTotal, 12],
  ['用人成本', (l) => l.cost, 11],
];

/** Money columns: the sixth onwards. */
const FIRST_MONEY = 6;
const BATCH = 500;

/** The lines of one payroll the viewer may see, in the order of the sheet. */
async function* linesOf(strapi: Core.Strapi, where: object): AsyncGenerator<ExportLine> {
  for (let offset = 0; ; offset += BATCH) {
    const rows = (await strapi.db.query(LINE).findMany({
      where,
      populate: { community: { select: ['name'] } },
      orderBy: [{ community: { name: 'asc' } }, { name: 'asc' }, { id: 'asc' }],
      offset,
      limit: BATCH,
    })) as ExportLine[];
    yield* rows;
    if (rows.length < BATCH) return;
  }
}

/**
 * The workbook, streamed: ExcelJS's streaming writer sends each row as it is read, so memory stays flat
 * whatever the district's size (a whole 20,000-line book held in memory took close to 1 GB). The first
 * batch is read before anything is sent, so a failing query is still a clean error response.
 */
export async function payrollWorkbook(
  strapi: Core.Strapi,
  access: Access,
  viewer: Viewer,
  lines: Resource,
  payroll: { id: string; month: string },
): Promise<Readable> {
  const where = { $and: [{ payroll: { documentId: payroll.id } }, await access.readWhere(viewer, lines)] };
  const rows = linesOf(strapi, where);
  const first = await rows.next();
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = book.addWorksheet(`${payroll.month}工资表`, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map(([, , width], c) => ({
    width,
    style: c >= FIRST_MONEY - 1 ? { numFmt: '#,##0.00' } : {},
  }));
  const header = sheet.addRow(COLUMNS.map(([h]) => h));
  header.font = { bold: true };
  header.commit();
  const write = async () => {
    const sums = COLUMNS.map(() => 0);
    let count = 0;
    const add = (l: ExportLine) => {
      const values = COLUMNS.map(([, value]) => value(l, count));
      values.forEach((v, c) => (sums[c] += c >= FIRST_MONEY - 1 ? Number(v) : 0));
      sheet.addRow(values).commit();
      count += 1;
    };
    if (!first.done) add(first.value);
    for await (const l of rows) add(l);
    const totals = sheet.addRow(['合计', ...COLUMNS.slice(1).map(() => null)]);
    for (let c = FIRST_MONEY; c <= COLUMNS.length; c += 1) {
      const col = sheet.getColumn(c).letter;
      totals.getCell(c).value = { formula: `SUM(${col}2:${col}${count + 1})`, result: fen(sums[c - 1]) };
    }
    totals.font = { bold: true };
    totals.commit();
    sheet.commit();
    await book.commit();
  };
  write().catch((e: unknown) => {
    strapi.log.error(`payroll export ${payroll.month} stopped: ${String(e)}`);
    out.destroy(e instanceof Error ? e : new Error(String(e)));
  });
  return out;
}
