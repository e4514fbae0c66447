/** The sheet a multipart request carries in its `file` field, read into rows, or the refusal a clerk reads. */
import { readFile } from 'fs/promises';
import type { Context } from 'koa';
import { PanelError } from '../panel/errors';
import { readSheet, SheetError, type Sheet } from './reader';

const MB = 1024 * 1024;
/** A file larger than this is not a sheet a clerk keeps. */
const MAX_MB = 20;

interface UploadedFile {
  filepath: string;
  size: number;
  originalFilename?: string | null;
}

const uploaded = (ctx: Context): UploadedFile | undefined => {
  const files =
    (ctx.request as unknown as { files?: Record<string, UploadedFile | UploadedFile[]> }).files ?? {};
  return [files.file].flat()[0];
};

/** The name the file had on the clerk's computer. */
export const uploadedName = (ctx: Context): string => uploaded(ctx)?.originalFilename || 'import';

export async function uploadedSheet(ctx: Context): Promise<Sheet> {
  const file = uploaded(ctx);
  if (!file) throw new PanelError(400, 'import_file_missing');
  if (file.size > MAX_MB * MB)
    throw new PanelError(413, 'sheet_too_large', { limit: MAX_MB, size: (file.size / MB).toFixed(1) });
  try {
    return await readSheet(await readFile(file.filepath));
  } catch (e) {
    if (e instanceof SheetError) throw new PanelError(400, e.code, { limit: e.limit ?? 0 });
    throw e;
  }
}
