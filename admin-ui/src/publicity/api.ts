/**
 * The two publicity calls that are not JSON records: image upload (multipart) and a story's preview
 * (HTML). Both carry the login token and the UI language, so the server's refusals read in it.
 */
import { session } from '../providers/session';

const API = '/api/panel';

export interface UploadedImage {
  id: number;
  url: string;
  name: string;
  mime: string;
}

async function call(path: string, init: RequestInit, locale: string): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = session.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  headers.set('Accept-Language', locale);
  const res = await fetch(`${API}${path}`, { ...init, headers });
  if (res.ok) return res;
  // The panel API explains a refusal in JSON; say what it said (size, type, login).
  const body = (await res.json().catch(() => null)) as {
    message?: string;
    error?: { message?: string };
  } | null;
  throw new Error(body?.message ?? body?.error?.message ?? `${res.status} ${res.statusText}`);
}

export async function uploadImage(file: File, locale: string): Promise<UploadedImage> {
  const form = new FormData();
  form.append('file', file);
  const res = await call('/upload', { method: 'POST', body: form }, locale);
  return (await res.json()) as UploadedImage;
}

export async function previewHtml(storyId: string, locale: string): Promise<string> {
  const res = await call(
    `/stories/${encodeURIComponent(storyId)}/preview`,
    { headers: { Accept: 'text/html' } },
    locale,
  );
  return res.text();
}

/** What the server takes (config's publicity rules); the picker offers only these. */
export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';
