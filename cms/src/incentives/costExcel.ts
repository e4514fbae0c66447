/** 财政测算 as an Excel workbook: the totals, by town, by post, and whoever's pay would fall. */
import ExcelJS from 'exceljs';
import type { Cost } from './cost';

type Figures = Pick<Cost, 'headcount' | 'affected' | 'current' | 'proposed' | 'added'>;

const PARTS = [
  ['base', '基本报酬'],
  ['allowances', '津贴补贴'],
  ['gross', '应发合计'],
  ['employer', '单位五险一金'],
  ['total', '合计'],
] as const;
const MONEY = '#,##0.00';

/** A sheet of a header and rows; columns from `moneyFrom` on read as money (4,500.00). */
function sheetOf(
  book: ExcelJS.Workbook,
  name: string,
  head: string[],
  rows: (string | number | null)[][],
  moneyFrom = Infinity,
) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(head).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 22 : 14;
    if (i >= moneyFrom) c.numFmt = MONEY;
  });
  return sheet;
}

/** One row per breakdown line: who, how many, how many affected, then the yearly added cost by part. */
const addedRow = (who: string, f: Figures) => [
  who,
  f.headcount,
  f.affected,
  ...PARTS.map(([k]) => f.added[k]),
  f.current.total,
  f.proposed.total,
];
const ADDED_HEAD = (first: string) => [
  first,
  '人数',
  '涉及人数',
  ...PARTS.map(([, h]) => `新增${h}`),
  '现行年度合计',
  '拟定年度合计',
];

export async function costWorkbook(cost: Cost): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  sheetOf(
    book,
    '汇总',
    ['项目', ...PARTS.map(([, h]) => h)],
    [
      [`现行（${cost.against.year}年标准）`, ...PARTS.map(([k]) => cost.current[k])],
      [`拟定（${cost.table.year}年标准）`, ...PARTS.map(([k]) => cost.proposed[k])],
      ['新增支出', ...PARTS.map(([k]) => cost.added[k])],
    ],
    1,
  );
  sheetOf(
    book,
    '按乡镇',
    ADDED_HEAD('乡镇（街道）'),
    cost.byTown.map((t) => addedRow(t.town?.name ?? '未归属乡镇', t)),
    3,
  );
  sheetOf(
    book,
    '按岗位',
    ADDED_HEAD('岗位'),
    cost.byPost.map((p) => addedRow(`第${p.post}岗 ${p.label}`, p)),
    3,
  );
  if (cost.falling.length)
    sheetOf(
      book,
      '报酬下降人员',
      ['姓名', '社区', '乡镇（街道）', '岗位等级', '薪级'],
      cost.falling.map((w) => [
        String(w.name),
        w.community as string,
        w.town as string,
        Number(w.postTier),
        Number(w.payLevel),
      ]),
    );
  return Buffer.from(await book.xlsx.writeBuffer());
}
