/** Images for stories and task reports, through the panel: type and size checked, messages in Chinese. */
import { rules } from '@yanzhen/config';
import { PanelError } from '../panel/errors';
import type { DomainRoute } from '../panel/routes';

interface UploadedFile {
  filepath: string;
  originalFilename: string | null;
  mimetype: string | null;
  size: number;
}

const MB = 1024 * 1024;

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
    const { maxImageMB, imageTypes } = rules.publicity;
    if (!file.mimetype || !imageTypes.includes(file.mimetype))
      throw new PanelError(400, 'upload_type', { type: file.mimetype ?? '?' });
    if (file.size > maxImageMB * MB) {
      throw new PanelError(413, 'upload_size', { limit: maxImageMB, size: (file.size / MB).toFixed(1) });
    }
    const [saved] = (await strapi.plugin('upload').service('upload').upload({ data: {}, files: file })) as {
      id: number;
      url: string;
      name: string;
      mime: string;
      width: number | null;
      height: number | null;
    }[];
    return {
      id: saved.id,
      url: saved.url,
      name: saved.name,
      mime: saved.mime,
      width: saved.width,
      height: saved.height,
    };
  },
};
