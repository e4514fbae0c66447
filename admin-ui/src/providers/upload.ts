/**
 * Image upload (multipart) for story covers, story bodies and task reports. It carries the login token
 * and the UI language, so the server's refusals read in it.
 */
import { panelResponse } from './panelFetch';

export interface UploadedImage {
  id: number;
  url: string;
  name: string;
  mime: string;
}

export async function uploadImage(file: File, locale: string): Promise<UploadedImage> {
  const form = new FormData();
  form.append('file', file);
  const res = await panelResponse('/upload', locale, { method: 'POST', body: form });
  return (await res.json()) as UploadedImage;
}

/** What the server takes (config's publicity rules); the picker offers only these. */
export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';
