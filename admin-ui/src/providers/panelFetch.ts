/**
 * Panel API calls that are not react-admin's records: JSON from a domain endpoint (a worker's pay
 * history), a file behind the login (a payroll's Excel), an upload, a preview's HTML — each with the
 * login token and the UI language, so the server's refusals read in it.
 */
import { HttpError } from 'react-admin';
import { API } from './dataProvider';
import { session } from './session';

export async function panelResponse(path: string, locale: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept-Language', locale);
  const token = session.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const res = await fetch(`${API}${path}`, { ...init, headers });
  if (!res.ok) {
    // The server's errors are JSON with a message in the UI language.
    const body = (await res.json().catch(() => null)) as {
      message?: string;
      error?: { message?: string };
    } | null;
    throw new HttpError(body?.message ?? body?.error?.message ?? res.statusText, res.status, body);
  }
  return res;
}

export async function panelJson<T>(path: string, locale: string): Promise<T> {
  return (await (await panelResponse(path, locale)).json()) as T;
}

/** Fetches the file and hands it to the browser as a download named `filename`. */
export async function downloadFile(path: string, filename: string, locale: string): Promise<void> {
  const blob = await (await panelResponse(path, locale)).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
