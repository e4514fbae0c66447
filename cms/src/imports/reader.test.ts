import ExcelJS from 'exceljs';
import { decodeText, readSheet, SheetError } from './reader';

const GB18030_CSV = Buffer.from(
  'd0d5c3fb2cd0d4b1f02cb3f6c9fac8d5c6da0d0ad5c5c8fd2cc4d02c313938382f332f350d0a22c0ee2ccbc4222cc5ae2c22b6e0d0d00ab1b8d7a2220d0a',
  'hex',
);

async function xlsx(rows: unknown[][], hiddenFirst = false): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (hiddenFirst) book.addWorksheet('lists', { state: 'veryHidden' }).addRow(['x']);
  const sheet = book.addWorksheet('社区工作者');
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readSheet', () => {
  it('reads a CSV saved by Excel on Chinese Windows (GB18030), quotes and line breaks included', async () => {
    const sheet = await readSheet(GB18030_CSV);
    expect(sheet.headers).toEqual(['姓名', '性别', '出生日期']);
    expect(sheet.rows).toEqual([
      { number: 2, cells: ['张三', '男', '1988/3/5'] },
      { number: 3, cells: ['李,四', '女', '多行\n备注'] },
    ]);
  });

  it('reads UTF-8 with or without a byte-order mark', async () => {
    for (const bom of ['', '\uFEFF']) {
      const sheet = await readSheet(Buffer.from(`${bom}姓名,性别\n王五,男\n`, 'utf8'));
      expect(sheet).toEqual({ headers: ['姓名', '性别'], rows: [{ number: 2, cells: ['王五', '男'] }] });
    }
  });

  it('reads the first visible sheet of a workbook, with Excel’s row numbers, skipping blank rows', async () => {
    const book = await xlsx(
      [['姓名', '出生日期'], ['张三', new Date(Date.UTC(1988, 2, 5))], [], ['李四', null]],
      true,
    );
    const sheet = await readSheet(book);
    expect(sheet.headers).toEqual(['姓名', '出生日期']);
    expect(sheet.rows.map((r) => r.number)).toEqual([2, 4]);
    expect(sheet.rows[0].cells[1]).toEqual(new Date(Date.UTC(1988, 2, 5)));
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'sheet_empty'],
    ['a header-less blank sheet', Buffer.from('\n\n,,\n'), 'sheet_empty'],
    [
      'a broken zip',
      Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(64, 7)]),
      'sheet_unreadable',
    ],
    ['binary bytes', Buffer.from([0, 1, 2, 0, 255, 0]), 'sheet_unreadable'],
  ])('refuses %s clearly', async (_what, bytes, code) => {
    await expect(readSheet(bytes)).rejects.toEqual(new SheetError(code as SheetError['code']));
  });

  it('decodes UTF-8 first and GB18030 otherwise', () => {
    expect(decodeText(Buffer.from('社区', 'utf8'))).toBe('社区');
    expect(decodeText(Buffer.from('c9e7c7f8', 'hex'))).toBe('社区');
  });
});
