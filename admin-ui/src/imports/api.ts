/**
 * The importer's calls (issue 12): the template download, a dry run or commit of a sheet — followed to
 * its end when the server runs it in the background (202) — and the failed rows as a workbook.
 */
import type { ImportJobStatus, ImportMode, ImportReport, ImportRowError } from '@yanzhen/config';
import { HttpError } from 'react-admin';
import { downloadFile, panelResponse } from '../providers/panelFetch';

export type Mode = ImportMode;
export type { ImportReport };
export type RowError = ImportRowError;

export const downloadTemplate = (resource: string, filename: string, locale: string) =>
  downloadFile(`/${resource}/import/template.xlsx`, filename, locale);

/**
 * Sends the sheet. A commit that wrote nothing answers 400 with its report: that is a result to show,
 * not an error; any other refusal (a bad file, no permission) is thrown with the server's message.
 */
export interface Progress {
  status: ImportJobStatus;
  done: number;
  total: number;
}

/** What the dialog shows at the end: the report, and how the job ended. */
export type Outcome = ImportReport & { status: ImportJobStatus };

export const downloadErrors = (job: string, filename: string, locale: string) =>
  downloadFile(`/import-jobs/${job}/errors.xlsx`, filename, locale);

interface JobRecord {
  status: ImportJobStatus;
  dryRun: boolean;
  rowsTotal: number;
  rowsDone: number;
  created: number | null;
  updated: number | null;
  unchanged: number | null;
  failed: number | null;
  errors: ImportRowError[] | null;
}

const ENDED: ImportJobStatus[] = ['done', 'refused', 'stopped', 'failed'];

/** A background job, read twice a second until it has ended. */
async function follow(job: string, locale: string, onProgress: (p: Progress) => void): Promise<Outcome> {
  for (;;) {
    const j = (await (await panelResponse(`/import-jobs/${job}`, locale)).json()) as JobRecord;
    onProgress({ status: j.status, done: j.rowsDone, total: j.rowsTotal });
    if (ENDED.includes(j.status)) {
      return {
        rows: j.rowsTotal,
        created: j.created ?? 0,
        updated: j.updated ?? 0,
        unchanged: j.unchanged ?? 0,
        failed: j.failed ?? 0,
        errors: j.errors ?? [],
        committed: !j.dryRun && (j.status === 'done' || (j.status === 'stopped' && j.rowsDone > 0)),
        job,
        status: j.status,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function sendSheet(
  resource: string,
  file: File,
  options: { mode: Mode; dryRun: boolean; skipInvalid: boolean },
  locale: string,
  onProgress: (p: Progress) => void = () => undefined,
): Promise<Outcome> {
  const form = new FormData();
  form.append('mode', options.mode);
  form.append('dryRun', String(options.dryRun));
  form.append('skipInvalid', String(options.skipInvalid));
  form.append('file', file);
  try {
    const res = await panelResponse(`/${resource}/import`, locale, { method: 'POST', body: form });
    const report = (await res.json()) as ImportReport;
    if (res.status === 202 && report.job) return await follow(report.job, locale, onProgress);
    return { ...report, status: 'done' };
  } catch (e) {
    const body = (e as HttpError).body as Partial<ImportReport> | undefined;
    if (e instanceof HttpError && body && Array.isArray(body.errors) && typeof body.rows === 'number')
      return { ...(body as ImportReport), status: 'refused' };
    throw e;
  }
}
