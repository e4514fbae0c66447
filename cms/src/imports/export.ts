/**
 * `GET /api/panel/<resource>/export.xlsx` (issue 12): a list as the clerk filtered and sorted it, in the
 * template's columns and headers, so export → edit in Excel → import in update mode round-trips. Enum
 * values and yes/no by their labels, related records by code (or name), dates as Excel dates; ID
 * numbers and phones whole only for staff and supervisors (the list is already within their scope).
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../panel/messages';
import type { Panel } from '../panel/context';
import type { Resource } from '../panel/model';
import type { PanelRecord } from '../panel/serialize';
import { mayReveal, type Viewer } from '../panel/viewer';
import { sheetColumns, type Column } from './columns';

/** Rows read per page of the list; the export holds at most this many pages. */
const BATCH = 500;
const MAX_ROWS = 100_000;

type Uid = Parameters<Panel['strapi']['db']['query']>[0];

const YES_NO: Record<Locale, [string, string]> = { zh: ['是', '否'], en: ['Yes', 'No'] };

/** What names a related record in a sheet: its code, else (for those who see it) its ID number, else its name. */
function nameFieldOf(target: Resource, reveal: boolean): string {
  if (target.field.has('code')) return 'code';
  if (reveal && target.field.has('idNumber')) return 'idNumber';
  return target.mainField;
}

async function relatedNames(panel: Panel, c: Column, records: PanelRecord[], reveal: boolean) {
  const target = panel.registry.byUid(c.field.relation?.uid ?? '');
  const ids = [
    ...new Set(records.map((r) => r[c.field.name]).filter((v): v is string => typeof v === 'string')),
  ];
  if (!target || !ids.length) return new Map<string, string>();
  const field = nameFieldOf(target, reveal);
  const rows = (await panel.strapi.db.query(target.uid as Uid).findMany({
    where: { documentId: { $in: ids } },
    select: ['id', 'documentId', field],
  })) as Record<string, unknown>[];
  return new Map(rows.map((r) => [String(r.documentId), String(r[field] ?? '')]));
}

function cellOf(c: Column, value: unknown, locale: Locale, names?: Map<string, string>): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (c.kind) {
    case 'enumeration':
      return c.choices?.[String(value)] ?? String(value);
    case 'list':
      return Array.isArray(value) ? value.map((v) => c.choices?.[String(v)] ?? String(v)).join('、') : null;
    case 'boolean':
      return YES_NO[locale][value ? 0 : 1];
    case 'date': {
      const day = String(value).slice(0, 10);
      return /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : String(value);
    }
    case 'relation':
      return names?.get(String(value)) ?? String(value);
    case 'integer':
    case 'decimal':
      return Number(value);
    default:
      return String(value);
  }
}

export async function exportWorkbook(
  panel: Panel,
  viewer: Viewer,
  r: Resource,
  columns: Column[],
  query: Record<string, unknown>,
  title: string,
  locale: Locale,
): Promise<{ book: Buffer; rows: number }> {
  const reveal = mayReveal(viewer);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = sheetColumns(columns);
  sheet.getRow(1).font = { bold: true };
  let rows = 0;
  for (let offset = 0; offset < MAX_ROWS; offset += BATCH) {
    const { records } = await panel.service.list(
      viewer,
      r,
      {
        filter: query.filter,
        sort: query.sort,
        range: JSON.stringify([offset, offset + BATCH - 1]),
      },
      { reveal },
    );
    const names = new Map<string, Map<string, string>>();
    for (const c of columns)
      if (c.kind === 'relation') names.set(c.field.name, await relatedNames(panel, c, records, reveal));
    for (const rec of records)
      sheet.addRow(columns.map((c) => cellOf(c, rec[c.field.name], locale, names.get(c.field.name))));
    rows += records.length;
    if (records.length < BATCH) break;
  }
  return { book: Buffer.from(await book.xlsx.writeBuffer()), rows };
}
