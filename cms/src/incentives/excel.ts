/** A payroll as an Excel workbook: Chinese headers, one row per worker, a totals row. */
import ExcelJS from 'exceljs';
import { fen } from '../rules/pay';
import type { Line } from './payroll';

const COLUMNS: [string, (l: Line, i: number) => string | number, number][] = [
  ['序号', (_l, i) => i + 1, 6],
  ['姓名', (l) => l.name, 10],
  ['社区', (l) => l.community, 12],
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
  ['个人扣款合计', (l) => l.personal.total, 12],
  ['实发金额', (l) => l.net, 11],
  ['单位缴费合计', (l) => l.employer.total, 12],
  ['用人成本', (l) => l.cost, 11],
];

/** Money columns: the sixth onwards. */
const FIRST_MONEY = 6;

export async function payrollWorkbook(month: string, lines: Line[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`${month}工资表`);
  sheet.columns = COLUMNS.map(([header, , width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  lines.forEach((l, i) => sheet.addRow(COLUMNS.map(([, value]) => value(l, i))));
  const last = lines.length + 1;
  const totals = sheet.addRow(['合计', ...COLUMNS.slice(1).map(() => null)]);
  for (let c = FIRST_MONEY; c <= COLUMNS.length; c += 1) {
    const col = sheet.getColumn(c).letter;
    totals.getCell(c).value = {
      formula: `SUM(${col}2:${col}${last})`,
      result: fen(lines.reduce((s, l, i) => s + Number(COLUMNS[c - 1][1](l, i)), 0)),
    };
  }
  totals.font = { bold: true };
  for (let c = FIRST_MONEY; c <= COLUMNS.length; c += 1) sheet.getColumn(c).numFmt = '#,##0.00';
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
