/**
 * Images for stories and task reports, through the panel. The type comes from the file's bytes, not
 * from what the client declares, and the stored name gets the extension of those bytes: a page or a
 * script sent as `image/png` is refused, and a PNG named `page.html` is stored as `page.png`.
 */
import { rules } from '@yanzhen/config';
import { open } from 'fs/promises';
import path from 'path';
import { PanelError } from '../panel/errors';
import type { DomainRoute } from '../panel/domain';
import { sniff, SNIFF_BYTES, type ImageType } from './image-types';

interface UploadedFile {
  filepath: string;
  originalFilename: string | null;
  mimetype: string | null;
  size: number;
}

interface SavedFile {
  id: number;
  url: string;
  name: string;
  mime: string;
  width: number | null;
  height: number | null;
}

interface ImageService {
  isImage(file: { filepath: string }): Promise<boolean>;
  isFaultyImage(file: { filepath: string }): Promise<boolean>;
}

const MB = 1024 * 1024;
// What Strapi refuses in a name (and a path separator or `..` would climb out of the folder).
// eslint-disable-next-line no-control-regex
const BAD_NAME = /[<>:"/\\|?*\u0000-\u001f\u007f]|^\.\.?$/;
const MAX_BASENAME = 100;

async function headOf(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The name to store: the client's name without its extension, plus the extension of the bytes. */
function storedName(name: string, type: ImageType): string {
  const base = path.basename(name, path.extname(name)).trim().slice(0, MAX_BASENAME) || 'image';
  return base + type.ext;
}

async function checked(file: UploadedFile): Promise<UploadedFile> {
  const { maxImageMB, imageTypes } = rules.publicity;
  if (file.size > maxImageMB * MB)
    throw new PanelError(413, 'upload_size', { limit: maxImageMB, size: (file.size / MB).toFixed(1) });
  if (file.size === 0) throw new PanelError(400, 'upload_empty');
  const name = file.originalFilename ?? '';
  if (BAD_NAME.test(name)) throw new PanelError(400, 'upload_name');
  const type = sniff(await headOf(file.filepath));
  if (!type || !imageTypes.includes(type.mime)) {
    const declared = file.mimetype ?? '?';
    // Name what was sent: the real type when known, else what the client claimed it was.
    if (type || !imageTypes.includes(declared))
      throw new PanelError(400, 'upload_type', { type: type?.mime ?? declared });
    throw new PanelError(400, 'upload_not_image', { type: declared });
  }
  return { ...file, originalFilename: storedName(name, type), mimetype: type.mime };
}

export const uploadRoute: DomainRoute = {
  method: 'POST',
  path: '/upload',
  status: 201,
  async handler(ctx, viewer, { strapi }) {
    if (!viewer.role)
      throw new PanelError(403, 'forbidden', { action: { code: 'action_create' }, resource: 'files' });
    const files =
      (ctx.request as unknown as { files?: Record<string, UploadedFile | UploadedFile[]> }).files ?? {};
    const file = [files.file ?? files.files].flat()[0];
    if (!file) throw new PanelError(400, 'upload_missing');
    const image = await checked(file);
    const images = strapi.plugin('upload').service('image-manipulation') as ImageService;
    // The first bytes say image; sharp must also read the whole of it (no page behind a PNG header).
    if (!(await images.isImage(image)) || (await images.isFaultyImage(image)))
      throw new PanelError(400, 'upload_broken');
    const upload = strapi.plugin('upload').service('upload');
    const [saved] = (await upload.upload({ data: {}, files: image })) as SavedFile[];
    const { id, url, name, mime, width, height } = saved;
    return { id, url, name, mime, width, height };
  },
};
