/**
 * `GET /api/panel/<resource>/import/template.xlsx` (issue 12): a sheet whose header row is the columns'
 * labels (required ones marked `*`), enum columns with a drop-down of their labels, date columns
 * formatted as dates, text columns as text (an ID number typed there keeps all 18 digits); and a second
 * sheet, 填写说明, that explains each column.
 */
import ExcelJS from 'exceljs';
import { sheetColumns, type Column } from './columns';

export type Locale = 'zh' | 'en';

const TEXT = {
  zh: {
    guide: '填写说明',
    head: ['列名', '类型', '必填', '取值要求', '示例'],
    yes: '是',
    no: '否',
    kinds: {
      string: '文本',
      text: '长文本',
      date: '日期',
      integer: '整数',
      decimal: '数字',
      boolean: '是/否',
      enumeration: '选项',
      list: '多项选择',
      relation: '关联记录',
    },
    dates: '如 1988-03-05、1988/3/5、1988年3月5日',
    boolean: '填“是”或“否”',
    choose: (list: string) => `从下拉列表选择：${list}`,
    several: (list: string) => `可填多项，用“、”分隔：${list}`,
    relation: '填写关联记录的名称或编码',
    range: (min?: number, max?: number) =>
      min !== undefined && max !== undefined
        ? `${min} 至 ${max}`
        : min !== undefined
          ? `不小于 ${min}`
          : `不大于 ${max}`,
    length: (n: number) => `不超过 ${n} 个字`,
    note: '第一行为列名，请勿修改；从第二行起每行一条记录。带 * 的列必须填写。',
  },
  en: {
    guide: 'How to fill in',
    head: ['Column', 'Type', 'Required', 'Allowed values', 'Example'],
    yes: 'Yes',
    no: 'No',
    kinds: {
      string: 'Text',
      text: 'Long text',
      date: 'Date',
      integer: 'Whole number',
      decimal: 'Number',
      boolean: 'Yes/No',
      enumeration: 'Choice',
      list: 'Several choices',
      relation: 'Related record',
    },
    dates: 'e.g. 1988-03-05, 1988/3/5',
    boolean: '“Yes” or “No” (是/否)',
    choose: (list: string) => `One of: ${list}`,
    several: (list: string) => `Any of these, separated by “、” or commas: ${list}`,
    relation: 'The related record’s name or code',
    range: (min?: number, max?: number) =>
      min !== undefined && max !== undefined
        ? `${min} to ${max}`
        : min !== undefined
          ? `at least ${min}`
          : `at most ${max}`,
    length: (n: number) => `at most ${n} characters`,
    note: 'Row 1 holds the column names; do not change it. One record per row from row 2. Columns with * are required.',
  },
} as const;

const EXAMPLE: Partial<Record<Column['kind'], string>> = { date: '1988-03-05', integer: '1', decimal: '1.5' };

function requirement(c: Column, t: (typeof TEXT)[Locale]): string {
  const f = c.field;
  if (c.kind === 'date') return t.dates;
  if (c.kind === 'boolean') return t.boolean;
  if (c.kind === 'enumeration') return t.choose(Object.values(c.choices ?? {}).join('、'));
  if (c.kind === 'list') return t.several(Object.values(c.choices ?? {}).join('、'));
  if (c.kind === 'relation') return t.relation;
  if (f.min !== undefined || f.max !== undefined) return t.range(f.min, f.max);
  if (f.maxLength !== undefined) return t.length(f.maxLength);
  return '';
}

function example(c: Column, t: (typeof TEXT)[Locale]): string {
  if (c.kind === 'boolean') return t.yes;
  if (c.kind === 'enumeration') return Object.values(c.choices ?? {})[0] ?? '';
  if (c.kind === 'list')
    return Object.values(c.choices ?? {})
      .slice(0, 2)
      .join('、');
  if (c.field.min !== undefined && (c.kind === 'integer' || c.kind === 'decimal')) return String(c.field.min);
  return EXAMPLE[c.kind] ?? '';
}

/** Rows a template prepares (validation and formats) for a clerk to fill. */
const PREPARED_ROWS = 2000;

export async function templateWorkbook(title: string, columns: Column[], locale: Locale): Promise<Buffer> {
  const t = TEXT[locale];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = book.addWorksheet('lists', { state: 'veryHidden' });
  sheet.columns = sheetColumns(columns);
  sheet.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    if (c.field.required) sheet.getRow(1).getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
    if (c.kind !== 'enumeration' && c.kind !== 'boolean') return;
    // The choices live on a hidden sheet: an inline list is limited to 255 characters.
    const values = c.kind === 'boolean' ? [t.yes, t.no] : Object.values(c.choices ?? {});
    values.forEach((v, k) => {
      lists.getCell(k + 1, i + 1).value = v;
    });
    const letter = lists.getColumn(i + 1).letter;
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: !c.field.required,
      formulae: [`lists!$${letter}$1:$${letter}$${values.length}`],
      showErrorMessage: true,
      errorTitle: c.label,
      error: t.choose(values.join('、')),
    };
    for (let row = 2; row <= PREPARED_ROWS + 1; row += 1)
      sheet.getCell(row, i + 1).dataValidation = validation;
  });

  const guide = book.addWorksheet(t.guide);
  guide.columns = t.head.map((header, i) => ({ header, width: [18, 10, 6, 48, 16][i] }));
  guide.getRow(1).font = { bold: true };
  for (const c of columns) {
    guide.addRow([
      c.label,
      t.kinds[c.kind],
      c.field.required ? t.yes : t.no,
      requirement(c, t),
      example(c, t),
    ]);
  }
  guide.addRow([]);
  guide.addRow([t.note]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
