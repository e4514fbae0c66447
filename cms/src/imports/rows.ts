/**
 * From a sheet's header and rows to the bodies a form would send (issue 12): columns found by their
 * label in either language or by field name, cells read as clerks type them, an ID number checked and
 * its birth date and gender filled in where their cells are blank. Related records are named by text
 * here and found in the database later.
 */
import { type Catalog, catalogs, checkIdNumber } from '@yanzhen/config';
import type { FieldIssue } from '../panel/messages';
import type { Resource } from '../panel/model';
import { cellText, halfWidth, readCell, type CellValue } from './cells';
import type { Column } from './columns';
import { en, zh } from './messages';
import type { SheetRow } from './reader';

export interface HeaderError {
  column: string;
  issue: FieldIssue;
}

const norm = (s: string) => halfWidth(s).replace(/[*\s]/g, '').toLowerCase();

function namesOf(c: Column, resource: string): string[] {
  const label = (cat: Catalog) => cat.resources[resource]?.fields[c.field.name] ?? cat.common[c.field.name];
  return [c.field.name, label(catalogs.zh), label(catalogs.en)].filter(Boolean).map(norm);
}

/** Which column each header names; unknown, repeated and (for new records) missing required columns. */
const REASON_COLUMNS = [zh.import_reason_column, en.import_reason_column];

export function mapHeaders(
  headers: string[],
  columns: Column[],
  resource: string,
  creates: boolean,
): { byColumn: (Column | null)[]; errors: HeaderError[] } {
  const errors: HeaderError[] = [];
  const seen = new Set<Column>();
  const byColumn = headers.map((h) => {
    // The reason column of a failed-rows file (errors.xlsx): the clerk fixes that file and imports it.
    if (!h.trim() || REASON_COLUMNS.includes(h.trim())) return null;
    const c = columns.find((col) => namesOf(col, resource).includes(norm(h)));
    if (!c) errors.push({ column: h, issue: { code: 'import_unknown_column', params: { column: h } } });
    else if (seen.has(c))
      errors.push({ column: h, issue: { code: 'import_duplicate_column', params: { column: h } } });
    else {
      seen.add(c);
      return c;
    }
    return null;
  });
  if (creates) {
    for (const c of columns) {
      if (c.field.required && c.field.default === undefined && !seen.has(c) && !derivable(c, seen)) {
        errors.push({
          column: c.label,
          issue: { code: 'import_missing_column', params: { column: c.label } },
        });
      }
    }
  }
  return { byColumn, errors };
}

/** Birth date and gender come from an ID number column when theirs are missing. */
const FROM_ID = new Set(['birthDate', 'gender']);
const derivable = (c: Column, seen: Set<Column>) =>
  FROM_ID.has(c.field.name) && [...seen].some((s) => s.field.mask === 'idNumber');

export interface ReadRow {
  /** Field values as a form would send them (relations still as the text typed). */
  values: Record<string, unknown>;
  relations: Record<string, string>;
  issues: Record<string, FieldIssue>;
}

const isBlank = (v: CellValue) => cellText(v) === '';

/** An 18-digit number typed into a General cell: Excel kept only 15 significant digits. */
const lostDigits = (v: CellValue) => typeof v === 'number' && Math.abs(v) > Number.MAX_SAFE_INTEGER;

export function readRow(r: Resource, row: SheetRow, byColumn: (Column | null)[]): ReadRow {
  const out: ReadRow = { values: {}, relations: {}, issues: {} };
  byColumn.forEach((c, i) => {
    const cell = row.cells[i];
    if (!c || isBlank(cell)) return;
    const name = c.field.name;
    if (c.kind === 'relation') out.relations[name] = halfWidth(cellText(cell));
    else if (lostDigits(cell)) out.issues[name] = { code: 'import_long_number' };
    else {
      const list = c.field.listOf;
      const zh = (list ? catalogs.zh.lists[list] : catalogs.zh.resources[r.name]?.choices?.[name]) ?? {};
      const en = (list ? catalogs.en.lists[list] : catalogs.en.resources[r.name]?.choices?.[name]) ?? {};
      const value = readCell(c.kind, cell, [zh, en]);
      if (c.kind === 'enumeration' && !c.field.enum?.includes(String(value))) {
        // The form offers a list; a sheet names the choices by their labels, so the message lists those.
        const choices = (c.field.enum ?? []).map((v) => zh[v] ?? v).join('、');
        out.issues[name] = { code: 'enum', params: { choices } };
      } else if (c.kind === 'list' && (value as string[]).some((v) => !c.field.enum?.includes(v))) {
        const choices = (c.field.enum ?? []).map((v) => zh[v] ?? v).join('、');
        out.issues[name] = { code: 'enum_list', params: { choices } };
      } else out.values[name] = value;
    }
  });
  fromIdNumber(r, out);
  return out;
}

function fromIdNumber(r: Resource, out: ReadRow): void {
  const field = r.fields.find((f) => f.mask === 'idNumber');
  const id = field && out.values[field.name];
  if (!field || typeof id !== 'string') return;
  const check = checkIdNumber(id);
  if (!check.ok) {
    out.issues[field.name] = { code: check.reason };
    return;
  }
  out.values[field.name] = id.toUpperCase();
  const facts: Record<string, string> = { birthDate: check.birthDate, gender: check.gender };
  for (const [name, expected] of Object.entries(facts)) {
    if (!r.field.has(name)) continue;
    const given = out.values[name];
    if (given === undefined) out.values[name] = expected;
    else if (given !== expected) {
      const shown = name === 'gender' ? { resource: r.name, field: name, value: expected } : expected;
      out.issues[name] = { code: 'id_mismatch', params: { expected: shown } };
    }
  }
}
