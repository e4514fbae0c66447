/** Every call to the server carries the login token and the UI language, so server messages match the screen. */
import { fetchUtils } from 'ra-core';
import { session } from './session';

export type HttpClient = (
  url: string,
  options?: fetchUtils.Options,
) => ReturnType<typeof fetchUtils.fetchJson>;

export function createHttpClient(getLocale: () => string): HttpClient {
  return (url, options = {}) => {
    const headers = new Headers(options.headers as HeadersInit | undefined);
    const token = session.token();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    headers.set('Accept-Language', getLocale());
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    return fetchUtils.fetchJson(url, { ...options, headers });
  };
}
