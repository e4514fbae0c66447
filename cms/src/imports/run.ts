/**
 * Running an import (issue 12): every row goes through the panel's own create or update — the same
 * validation, scope, permissions, hooks and audit as a form save — inside one transaction, each row in a
 * savepoint of its own. A dry run, or a commit with an invalid row (unless invalid rows are skipped),
 * rolls the whole transaction back: nothing is written.
 */
import type { ImportMode, ImportReport, ImportRowError } from '@yanzhen/config';
import { and } from '../panel/access';
import type { Panel } from '../panel/context';
import { PanelError, toBody } from '../panel/errors';
import { fieldLabel, message, type FieldIssue, type Locale } from '../panel/messages';
import type { Resource } from '../panel/model';
import { toRecord, type Row } from '../panel/serialize';
import type { Viewer } from '../panel/viewer';
import type { Column } from './columns';
import { NATURAL_KEYS } from './columns';
import type { Sheet } from './reader';
import { emptyReport } from './report';
import { mapHeaders, readRow, type ReadRow } from './rows';

export type Mode = ImportMode;
export type { ImportReport };
export type RowError = ImportRowError;

export interface ImportOptions {
  mode: Mode;
  dryRun: boolean;
  skipInvalid: boolean;
}

type Uid = Parameters<Panel['strapi']['db']['query']>[0];

class RollBack extends Error {}

const yieldToServer = () => new Promise((resolve) => setImmediate(resolve));

export async function runImport(
  panel: Panel,
  viewer: Viewer,
  r: Resource,
  columns: Column[],
  sheet: Sheet,
  options: ImportOptions,
  locale: Locale,
  /**
   * Write in batches of `rows`, each committed on its own; `after` runs between them. `checkOnly`: each
   * row passes the service's checks without being written — the hooks, which run with a write, do not
   * (a big file's dry run: a tenth of the time).
   */
  batch?: { rows: number; checkOnly?: boolean; after(done: number, report: ImportReport): Promise<void> },
): Promise<ImportReport> {
  const { strapi, registry, access, service } = panel;
  const report: ImportReport = { ...emptyReport(sheet.rows.length), job: viewer.importJob ?? null };
  const text = (issue: FieldIssue) => message(locale, issue.code, issue.params);
  const headerOf = new Map<string, string>();

  const { byColumn, errors } = mapHeaders(sheet.headers, columns, r.name, options.mode !== 'update');
  byColumn.forEach((c, i) => c && headerOf.set(c.field.name, sheet.headers[i]));
  if (errors.length) {
    report.errors = errors.map((e) => ({
      row: 1,
      column: e.column,
      field: null,
      value: e.column,
      message: text(e.issue),
    }));
    report.failed = report.rows;
    return report;
  }
  const keys = NATURAL_KEYS[r.name] ?? [];
  if (options.mode === 'update' && !keys.length) {
    const issue: FieldIssue = { code: 'import_no_key', params: { resource: { resource: r.name } } };
    report.errors = [{ row: 1, column: null, field: null, value: null, message: text(issue) }];
    report.failed = report.rows;
    return report;
  }

  const fail = (row: number, field: string | null, value: unknown, msg: string) => {
    report.errors.push({
      row,
      column: field ? (headerOf.get(field) ?? fieldLabel(locale, r.name, field)) : null,
      field,
      value: value ?? null,
      message: msg,
    });
  };

  /** A related record by its code, ID number or name, among those the viewer may see. */
  const found = new Map<string, string | FieldIssue>();
  async function relate(field: string, value: string): Promise<string | FieldIssue> {
    const target = registry.byUid(r.field.get(field)?.relation?.uid ?? '') as Resource;
    const cacheKey = `${target.uid}\u0000${value}`;
    const cached = found.get(cacheKey);
    if (cached) return cached;
    const by = ['code', 'idNumber', target.mainField].filter(
      (f, i, all) => target.field.has(f) && all.indexOf(f) === i,
    );
    const rows = (await strapi.db.query(target.uid as Uid).findMany({
      where: and({ $or: by.map((f) => ({ [f]: value })) }, await access.readWhere(viewer, target)),
      select: ['id', 'documentId'],
      limit: 2,
    })) as { documentId: string }[];
    const params = { value, resource: { resource: target.name } };
    const answer: string | FieldIssue =
      rows.length === 1
        ? rows[0].documentId
        : { code: rows.length ? 'import_ambiguous' : 'import_not_found', params };
    found.set(cacheKey, answer);
    return answer;
  }

  /** The key this row gives (the first alternative it fills in) and the record that has it, if any. */
  async function existing(
    body: Record<string, unknown>,
  ): Promise<{ key: string[] | null; id: string | null }> {
    const key = keys.find((k) => k.every((f) => body[f] !== undefined && body[f] !== ''));
    if (!key) return { key: null, id: null };
    const where = Object.fromEntries(
      key.map((f) => [f, r.field.get(f)?.type === 'relation' ? { documentId: body[f] } : body[f]]),
    );
    const row = (await strapi.db.query(r.uid as Uid).findOne({ where, select: ['id', 'documentId'] })) as {
      documentId: string;
    } | null;
    return { key, id: row?.documentId ?? null };
  }
  const keyLabel = (key: string[]) => ({ resource: r.name, fields: key });

  const seenKeys = new Map<string, number>();
  async function importRow(number: number, read: ReadRow, trx: { raw(sql: string): Promise<unknown> }) {
    const issues: Record<string, FieldIssue> = { ...read.issues };
    const body: Record<string, unknown> = { ...read.values };
    for (const [field, value] of Object.entries(read.relations)) {
      const got = await relate(field, value);
      if (typeof got === 'string') body[field] = got;
      else issues[field] = got;
    }
    const bad = Object.entries(issues);
    if (bad.length) {
      for (const [field, issue] of bad)
        fail(number, field, read.values[field] ?? read.relations[field], text(issue));
      return false;
    }
    const { key, id } = await existing(body);
    if (key) {
      const signature = JSON.stringify(key.map((f) => body[f]));
      const first = seenKeys.get(signature);
      if (first !== undefined) {
        fail(
          number,
          key[0],
          body[key[0]],
          text({ code: 'import_same_key', params: { row: first, key: keyLabel(key) } }),
        );
        return false;
      }
      seenKeys.set(signature, number);
    }
    if (options.mode === 'insert' && id) {
      fail(
        number,
        key?.[0] ?? null,
        key ? body[key[0]] : null,
        text({ code: 'import_exists', params: { key: keyLabel(key ?? []) } }),
      );
      return false;
    }
    if (options.mode === 'update' && !id) {
      const issue: FieldIssue = key
        ? { code: 'import_no_match', params: { key: keyLabel(key) } }
        : { code: 'import_key_missing', params: { key: keyLabel(keys[0]) } };
      fail(number, key?.[0] ?? keys[0][0], key ? body[key[0]] : null, text(issue));
      return false;
    }
    const checkOnly = batch?.checkOnly ?? false;
    if (!checkOnly) await trx.raw('SAVEPOINT yz_import_row');
    try {
      if (id) {
        const before = toRecord(r, (await service.find(viewer, r, id)) as Row, true);
        const changes = Object.keys(body).filter(
          (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(body[k]),
        );
        const update = Object.fromEntries(changes.map((k) => [k, body[k]]));
        if (!changes.length) report.unchanged += 1;
        else {
          if (checkOnly) await service.checkUpdate(viewer, r, id, update);
          else await service.updateDocument(viewer, r, id, update);
          report.updated += 1;
        }
      } else {
        if (checkOnly) await service.checkCreate(viewer, r, body);
        else await service.createDocument(viewer, r, body);
        report.created += 1;
      }
      if (!checkOnly) await trx.raw('RELEASE SAVEPOINT yz_import_row');
      return true;
    } catch (e) {
      if (!checkOnly) {
        await trx.raw('ROLLBACK TO SAVEPOINT yz_import_row');
        await trx.raw('RELEASE SAVEPOINT yz_import_row');
      }
      if (!(e instanceof PanelError)) throw e;
      const answer = toBody(e, locale);
      const fields = Object.entries(answer.errors ?? {});
      if (fields.length) for (const [field, msg] of fields) fail(number, field, body[field], msg);
      else fail(number, null, null, answer.message);
      return false;
    }
  }

  // One transaction for the whole file, unless the caller writes it in batches (a big file in the
  // background): then each batch commits on its own and the server serves others in between.
  const size = Math.max(1, batch?.rows ?? sheet.rows.length);
  let done = 0;
  let rolledBack = false;
  for (let start = 0; start < sheet.rows.length || start === 0; start += size) {
    try {
      await strapi.db.transaction(async ({ trx }) => {
        for (const row of sheet.rows.slice(start, start + size)) {
          const ok = await importRow(row.number, readRow(r, row, byColumn), trx);
          if (!ok) report.failed += 1;
          done += 1;
          // Each query of better-sqlite3 completes at once, so a file's rows would run as one chain
          // of promises and starve the server's sockets (a client's idle keep-alive was dropped).
          await yieldToServer();
        }
        if (options.dryRun || (!batch && report.failed && !options.skipInvalid)) throw new RollBack();
      });
    } catch (e) {
      if (!(e instanceof RollBack)) throw e;
      rolledBack = true;
    }
    await batch?.after(done, report);
    if (batch) await yieldToServer();
  }
  report.committed = !rolledBack;
  return report;
}
