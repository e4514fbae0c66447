import { catalogs } from '@yanzhen/config';
import ExcelJS from 'exceljs';
import schema from '../api/worker/content-types/worker/schema.json';
import { toResource, type RawContentType } from '../panel/model';
import { columnsOf } from './columns';
import { templateWorkbook } from './template';

const workers = toResource({ ...(schema as unknown as RawContentType), uid: 'api::worker.worker' });
// As the promotion workflow owns them: set only by an approved promotion.
const owned = new Map([
  ['payLevel', 'always' as const],
  ['careerStage', 'always' as const],
]);

async function read(locale: 'zh' | 'en') {
  const columns = columnsOf(workers, owned, catalogs[locale]);
  const book = new ExcelJS.Workbook();
  const bytes = await templateWorkbook(catalogs[locale].resources.workers.name, columns, locale);
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { book, columns };
}

describe('the import template of a resource', () => {
  it('heads its sheet with the fields’ Chinese labels, required ones marked, owned ones left out', async () => {
    const { book } = await read('zh');
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['姓名*', '性别*', '出生日期*', '身份证号']);
    expect(headers).toContain('所在社区*');
    expect(headers).not.toContain('薪级（八级）');
    expect(headers).not.toContain('成长阶段');
    expect(headers).not.toContain('帮带对象');
    expect(sheet.name).toBe('社区工作者');
  });

  it('offers an enum column’s labels as a drop-down and formats dates and text', async () => {
    const { book, columns } = await read('zh');
    const sheet = book.worksheets[0];
    const gender = columns.findIndex((c) => c.field.name === 'gender') + 1;
    const validation = sheet.getCell(2, gender).dataValidation;
    expect(validation.type).toBe('list');
    const [from] = String(validation.formulae?.[0]).split(':');
    const letter = /\$([A-Z]+)\$/.exec(from)?.[1] as string;
    const lists = book.getWorksheet('lists') as ExcelJS.Worksheet;
    expect([lists.getCell(`${letter}1`).value, lists.getCell(`${letter}2`).value]).toEqual(['男', '女']);
    expect(sheet.getCell(500, gender).dataValidation.type).toBe('list');
    const birth = columns.findIndex((c) => c.field.name === 'birthDate') + 1;
    expect(sheet.getColumn(birth).numFmt).toBe('yyyy-mm-dd');
    const id = columns.findIndex((c) => c.field.name === 'idNumber') + 1;
    expect(sheet.getColumn(id).numFmt).toBe('@');
  });

  it('explains every column on a second sheet, 填写说明', async () => {
    const { book, columns } = await read('zh');
    const guide = book.getWorksheet('填写说明') as ExcelJS.Worksheet;
    const rows = columns.map((_, i) => (guide.getRow(i + 2).values as unknown[]).slice(1));
    expect(rows[0]).toEqual(['姓名', '文本', '是', expect.any(String), '']);
    expect(rows.find((r) => r[0] === '性别')).toEqual(['性别', '选项', '是', '从下拉列表选择：男、女', '男']);
    expect(rows.find((r) => r[0] === '出生日期')?.[1]).toBe('日期');
    expect(rows.find((r) => r[0] === '所在社区')?.[3]).toBe('填写关联记录的名称或编码');
  });

  it('speaks English with Accept-Language: en', async () => {
    const { book } = await read('en');
    const headers = (book.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(headers[0]).toBe(`${catalogs.en.resources.workers.fields.name}*`);
    expect(book.getWorksheet('How to fill in')).toBeDefined();
  });
});
