/**
 * An import job run to its end (issue 12), a batch at a time: for a big file sent to the panel (in the
 * background) and for `npm run import`. See jobs.ts for why batches.
 */
import type { ImportJobStatus, ImportReport } from '@yanzhen/config';
import type { Panel } from '../panel/context';
import type { Locale } from '../panel/messages';
import type { Resource } from '../panel/model';
import type { Viewer } from '../panel/viewer';
import type { columnsOf } from './columns';
import { BATCH_ROWS, finishJob, progress, type JobRef } from './jobs';
import type { Sheet } from './reader';
import { emptyReport } from './report';
import { runImport, type ImportOptions } from './run';

export interface Run {
  panel: Panel;
  viewer: Viewer;
  r: Resource;
  columns: ReturnType<typeof columnsOf>;
  sheet: Sheet;
  options: ImportOptions;
  locale: Locale;
  job: JobRef;
}

/**
 * A big file: checked first (unless invalid rows are skipped), a batch per transaction rolled back, then,
 * when it may go in, written a batch per transaction; the server serves others between batches (SQLite has one connection: a
 * whole-file transaction held every other request for half a minute). A row that depends on an earlier
 * row of the same big file (a quota, a relation to a row above) is checked against the database as it
 * stands and checked again when written; a refusal then is reported by row like any other.
 */
export async function runJob(
  { panel, viewer, r, columns, sheet, options, locale, job }: Run,
  onProgress: (p: { status: ImportJobStatus; done: number; total: number }) => void = () => undefined,
): Promise<{ status: ImportJobStatus; report: ImportReport }> {
  const { strapi } = panel;
  try {
    // Rows that will be skipped when invalid need no check before they are written: the write reports them.
    if (options.dryRun || !options.skipInvalid) {
      const check = await runImport(panel, viewer, r, columns, sheet, { ...options, dryRun: true }, locale, {
        rows: BATCH_ROWS,
        // A dry run checks each row as the service does; the check before a commit also runs the hooks
        // (each row written and rolled back), so that a commit a hook refuses writes nothing.
        checkOnly: options.dryRun,
        after: async (done, so) => {
          await progress(strapi, job, 'checking', so, done);
          onProgress({ status: 'checking', done, total: sheet.rows.length });
        },
      });
      if (options.dryRun || check.failed) {
        const status = options.dryRun ? 'done' : 'refused';
        await finishJob(strapi, r, job, status, check, sheet);
        return { status, report: check };
      }
    }
    await progress(strapi, job, 'running', emptyReport(sheet.rows.length), 0);
    const report = await runImport(panel, viewer, r, columns, sheet, options, locale, {
      rows: BATCH_ROWS,
      after: async (done, so) => {
        await progress(strapi, job, 'running', so, done);
        onProgress({ status: 'running', done, total: sheet.rows.length });
      },
    });
    await finishJob(strapi, r, job, 'done', report, sheet);
    return { status: 'done', report };
  } catch (e) {
    strapi.log.error(`import job ${job.documentId} failed: ${e instanceof Error ? e.stack : String(e)}`);
    const report = emptyReport(sheet.rows.length);
    await finishJob(strapi, r, job, 'failed', report, sheet).catch(() => undefined);
    return { status: 'failed', report };
  }
}
