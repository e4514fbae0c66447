/**
 * What a clerk typed in a sheet, read as the value a form would send (issue 12): `1988/3/5` and
 * `1988年3月5日` are dates, 是/否 are booleans, `1,234` and full-width digits are numbers, an enum value is
 * taken by its label as well as its identifier. Only the spelling is normalised here; whether the value
 * is valid is decided by the panel's own checks, so an import and a form answer the same message.
 */

/** A cell's value as ExcelJS gives it, or a CSV field. */
export type CellValue =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { richText: { text: string }[] }
  | { text: string; hyperlink?: string }
  | { formula?: string; result?: unknown }
  | { error: string };

export type Kind = 'string' | 'text' | 'date' | 'integer' | 'decimal' | 'boolean' | 'enumeration' | 'list';

/** Full-width ASCII (Ａ１，) and the ideographic space as their half-width forms. */
export function halfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** The text of a cell whatever ExcelJS made of it; a formula by its result. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in v) return String(v.text).trim();
    if ('error' in v) return '';
    return cellText((v.result ?? null) as CellValue);
  }
  return String(v).trim();
}

const pad = (n: string | number) => String(n).padStart(2, '0');
/** Days from Excel's epoch (1899-12-30, after its 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25_569;

/** `1988-03-05`, `1988/3/5`, `1988.3.5`, `1988年3月5日`, `19880305`, an Excel date or serial → `1988-03-05`. */
export function readDate(v: CellValue): string {
  if (v && typeof v === 'object' && !(v instanceof Date) && 'result' in v)
    return readDate(v.result as CellValue);
  if (v instanceof Date) {
    // ExcelJS reads a date cell as that day's midnight in UTC.
    return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  }
  if (typeof v === 'number' && v > 0 && v < 2_958_466) {
    return new Date(Math.round((v - EXCEL_EPOCH_DAYS) * 86_400_000)).toISOString().slice(0, 10);
  }
  const text = halfWidth(cellText(v));
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]0{1,2}:0{2}(?::0{2})?)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : text;
}

const TRUE = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '对']);
const FALSE = new Set(['否', '无', 'n', 'no', 'false', '0', '×', '✗', '不是']);

/** 是/否 and their usual spellings → true/false; anything else is left for the check to refuse. */
export function readBoolean(v: CellValue): boolean | string {
  if (typeof v === 'boolean') return v;
  const text = halfWidth(cellText(v)).toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return text;
}

/** `1,234.50`, ` １２３ `, `1 234` → 1234.5 / 123 / 1234; anything else is left for the check to refuse. */
export function readNumber(v: CellValue): number | string {
  if (typeof v === 'number') return v;
  const text = halfWidth(cellText(v)).replace(/[,，\s]/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : text;
}

/** An enum value by its identifier, or by its label in any locale's catalog. */
export function readChoice(v: CellValue, labels: Record<string, string>[]): string {
  const text = halfWidth(cellText(v));
  for (const catalog of labels) {
    const hit = Object.entries(catalog).find(([id, label]) => id === text || label === text);
    if (hit) return hit[0];
  }
  const lower = text.toLowerCase();
  for (const catalog of labels) {
    const hit = Object.keys(catalog).find((id) => id.toLowerCase() === lower);
    if (hit) return hit;
  }
  return text;
}

/** Several choices in one cell, as clerks separate them (`医疗卫生、法律咨询`, `医疗卫生, 法律咨询`). */
export function readList(v: CellValue, labels: Record<string, string>[]): string[] {
  return halfWidth(cellText(v))
    .split(/[、,;/\s]+/)
    .filter(Boolean)
    .map((part) => readChoice(part, labels));
}

/** The value of one cell for a field of this kind, as a form would send it ('' is an empty cell). */
export function readCell(kind: Kind, v: CellValue, choices: Record<string, string>[] = []): unknown {
  switch (kind) {
    case 'date':
      return readDate(v);
    case 'boolean':
      return readBoolean(v);
    case 'integer':
    case 'decimal':
      return readNumber(v);
    case 'enumeration':
      return readChoice(v, choices);
    case 'list':
      return readList(v, choices);
    default:
      return typeof v === 'number' ? String(v) : halfWidthIfCode(cellText(v));
  }
}

/** Text is kept as typed, except that a value made only of full-width digits and letters (an ID number
 * typed in a Chinese input method) becomes half-width. */
function halfWidthIfCode(text: string): string {
  return /^[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A0-9A-Za-z-]+$/.test(text) ? halfWidth(text) : text;
}
