/**
 * Import jobs (issue 12): every dry run and commit is an `import-job` row — who, what, which file, how far,
 * the counts and the failed rows as uploaded (for `errors.xlsx`). A small file runs inside the request;
 * a big one answers 202 and runs in the background: checked first and then written in batches of
 * BATCH_ROWS, each in a transaction of its own (rolled back while checking), with the job's `rowsDone`
 * updated between them. A server stopped mid-import has written whole rows only; at the
 * next start the job shows `stopped` where it got to, and re-importing the same file completes it (the
 * rows already written match their records and count as unchanged).
 */
import type { Core } from '@strapi/strapi';
import type { ImportJobStatus, ImportReport } from '@yanzhen/config';
import ExcelJS from 'exceljs';
import type { Resource } from '../panel/model';
import type { Viewer } from '../panel/viewer';
import { mask } from '../panel/serialize';
import { cellText } from './cells';
import type { Sheet } from './reader';
import type { ImportOptions } from './run';

const JOB = 'api::import-job.import-job';
const COMMUNITY = 'api::community.community';
/** Files of more rows than this run in the background. */
export const BACKGROUND_ROWS = 1000;
/** Rows a background import writes per transaction. */
export const BATCH_ROWS = 250;
/** Failed rows kept for `errors.xlsx`, and errors kept on the job: enough to fix any real sheet. */
const KEEP = 20_000;

export interface JobRef {
  id: number;
  documentId: string;
}

/** A failed row as it was uploaded, and which of its columns were wrong. */
interface ErrorRow {
  number: number;
  cells: string[];
  bad: string[];
  reasons: string[];
}

export async function startJob(
  strapi: Core.Strapi,
  viewer: Viewer,
  r: Resource,
  fileName: string,
  options: ImportOptions,
  sheet: Sheet,
): Promise<JobRef> {
  // A clerk's jobs belong to their community: they are in that community's scope, and no other.
  const community =
    viewer.scope.level === 'community'
      ? ((await strapi.db
          .query(COMMUNITY)
          .findOne({ where: { documentId: viewer.scope.communityId }, select: ['id'] })) as {
          id: number;
        } | null)
      : null;
  return (await strapi.db.query(JOB).create({
    data: {
      actorId: viewer.id,
      actorName: viewer.username,
      resource: r.name,
      fileName: fileName.slice(0, 255),
      mode: options.mode,
      dryRun: options.dryRun,
      status: 'checking' satisfies ImportJobStatus,
      rowsTotal: sheet.rows.length,
      rowsDone: 0,
      headers: sheet.headers,
      community: community?.id ?? null,
      startedAt: new Date(),
    },
  })) as JobRef;
}

export async function progress(
  strapi: Core.Strapi,
  job: JobRef,
  status: ImportJobStatus,
  report: ImportReport,
  done: number,
) {
  await strapi.db.query(JOB).update({
    where: { id: job.id },
    data: {
      status,
      rowsDone: done,
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      failed: report.failed,
    },
  });
}

/** The job's end: its counts, its errors, and the failed rows as they were uploaded. */
export async function finishJob(
  strapi: Core.Strapi,
  r: Resource,
  job: JobRef,
  status: ImportJobStatus,
  report: ImportReport,
  sheet: Sheet,
): Promise<void> {
  const byRow = new Map<number, ImportReport['errors']>();
  for (const e of report.errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  // Errors of the header (row 1) are every row's errors.
  const header = byRow.get(1) ?? [];
  const errorRows: ErrorRow[] = [];
  for (const row of sheet.rows) {
    const errors = [...header, ...(byRow.get(row.number) ?? [])];
    if (!errors.length || errorRows.length >= KEEP) continue;
    errorRows.push({
      number: row.number,
      cells: row.cells.map(cellText),
      bad: errors.map((e) => e.column ?? '').filter(Boolean),
      reasons: errors.map((e) => (e.column ? `${e.column}：${e.message}` : e.message)),
    });
  }
  // The job is read more widely than the file: masked fields stay masked in its error list.
  const errors = report.errors.slice(0, KEEP).map((e) => {
    const kind = e.field ? r.field.get(e.field)?.mask : undefined;
    return kind ? { ...e, value: mask(kind, e.value) } : e;
  });
  await strapi.db.query(JOB).update({
    where: { id: job.id },
    data: {
      status,
      rowsDone: status === 'done' || status === 'refused' ? report.rows : undefined,
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      failed: report.failed,
      errors,
      errorRows,
      finishedAt: new Date(),
    },
  });
}

/** At start-up: a job still checking or writing was cut off by a stop of the server. */
export async function markStopped(strapi: Core.Strapi): Promise<number> {
  const { count } = (await strapi.db.query(JOB).updateMany({
    where: { status: { $in: ['checking', 'running'] } },
    data: { status: 'stopped' satisfies ImportJobStatus, finishedAt: new Date() },
  })) as { count: number };
  return count;
}

/** The failed rows as uploaded, with a column 错误原因 and the bad cells highlighted. */
export async function errorsWorkbook(strapi: Core.Strapi, jobId: string, reasonHeader: string) {
  const job = (await strapi.db
    .query(JOB)
    .findOne({ where: { documentId: jobId }, select: ['headers', 'errorRows'] })) as {
    headers: string[] | null;
    errorRows: ErrorRow[] | null;
  } | null;
  const headers = job?.headers ?? [];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  const top = sheet.addRow([...headers, reasonHeader]);
  top.font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 14));
  sheet.getColumn(headers.length + 1).width = 48;
  for (const row of job?.errorRows ?? []) {
    const added = sheet.addRow([...headers.map((_h, i) => row.cells[i] ?? ''), row.reasons.join('；')]);
    headers.forEach((h, i) => {
      if (!row.bad.includes(h)) return;
      const cell = added.getCell(i + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
      cell.font = { color: { argb: 'FF9C0006' } };
    });
    added.getCell(headers.length + 1).font = { color: { argb: 'FF9C0006' } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
