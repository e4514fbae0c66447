/** The importer's two calls (issue 12): the template download and a dry run or commit of a sheet. */
import type { ImportMode, ImportReport, ImportRowError } from '@yanzhen/config';
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
export async function sendSheet(
  resource: string,
  file: File,
  options: { mode: Mode; dryRun: boolean; skipInvalid: boolean },
  locale: string,
): Promise<ImportReport> {
  const form = new FormData();
  form.append('mode', options.mode);
  form.append('dryRun', String(options.dryRun));
  form.append('skipInvalid', String(options.skipInvalid));
  form.append('file', file);
  try {
    const res = await panelResponse(`/${resource}/import`, locale, { method: 'POST', body: form });
    return (await res.json()) as ImportReport;
  } catch (e) {
    const body = (e as HttpError).body as Partial<ImportReport> | undefined;
    if (e instanceof HttpError && body && Array.isArray(body.errors) && typeof body.rows === 'number')
      return body as ImportReport;
    throw e;
  }
}
