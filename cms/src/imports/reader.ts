/**
 * An uploaded sheet as rows of cells (issue 12): .xlsx by its bytes (a zip), anything else as CSV — in
 * UTF-8, or in GB18030 as Excel on Chinese Windows saves it. Row numbers are the ones Excel shows.
 */
import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { cellText, type CellValue } from './cells';

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  number: number;
  cells: CellValue[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

export class SheetError extends Error {
  constructor(
    readonly code: 'sheet_unreadable' | 'sheet_empty' | 'sheet_too_big',
    readonly limit?: number,
  ) {
    super(code);
  }
}

/** Rows one import takes: a district's roster fits many times over; more is another file. */
export const MAX_ROWS = 100_000;

const isZip = (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50;

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), else GB18030. */
export function decodeText(b: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    return new TextDecoder('gb18030').decode(b);
  }
}

const blank = (cells: CellValue[]) =>
  cells.every((c) => c === null || c === undefined || String(c).trim() === '');

async function readXlsx(b: Buffer): Promise<SheetRow[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(b as unknown as ArrayBuffer);
  } catch {
    throw new SheetError('sheet_unreadable');
  }
  const sheet = book.worksheets.find((w) => w.state === 'visible' || w.state === undefined);
  if (!sheet) throw new SheetError('sheet_empty');
  if (sheet.actualRowCount > MAX_ROWS + 1) throw new SheetError('sheet_too_big', MAX_ROWS);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as CellValue[];
    rows.push({ number, cells: values.slice(1) });
  });
  return rows;
}

async function readCsv(b: Buffer): Promise<SheetRow[]> {
  const text = decodeText(b);
  if (text.includes('\0')) throw new SheetError('sheet_unreadable');
  const rows: SheetRow[] = [];
  await new Promise<void>((resolve, reject) => {
    let number = 0;
    parseString(text, { ignoreEmpty: false, trim: false })
      .on('error', () => reject(new SheetError('sheet_unreadable')))
      .on('data', (cells: string[]) => {
        number += 1;
        if (number > MAX_ROWS + 1) reject(new SheetError('sheet_too_big', MAX_ROWS));
        rows.push({ number, cells });
      })
      .on('end', () => resolve());
  });
  return rows;
}

export async function readSheet(b: Buffer): Promise<Sheet> {
  const all = (isZip(b) ? await readXlsx(b) : await readCsv(b)).filter((r) => !blank(r.cells));
  if (!all.length) throw new SheetError('sheet_empty');
  const [head, ...rows] = all;
  if (!rows.length) throw new SheetError('sheet_empty');
  return { headers: head.cells.map((c) => cellText(c)), rows };
}
