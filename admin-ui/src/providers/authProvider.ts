/**
 * Users & Permissions login; identity, role and what the viewer may do come from `/api/panel/me` and
 * `/api/panel/schema`, fetched once per token. A 401 from the panel API sends the user back to the login.
 */
import type { AuthProvider } from 'ra-core';
import type { Me, Panel, PanelSchema } from '@yanzhen/config';
import { canDo } from './access';
import { API } from './dataProvider';
import type { HttpClient } from './http';
import { isExpired, session } from './session';

interface Options {
  /** Where the server is; the panel is served by it, so by default the page's own origin. */
  origin?: string;
  /** Told about each schema as it arrives (the i18n provider learns field labels from it). */
  onPanel?: (panel: Panel) => void | Promise<void>;
}

interface HttpLikeError {
  status?: number;
  message?: string;
}

export function createAuthProvider(http: HttpClient, { origin = '', onPanel }: Options = {}): AuthProvider {
  let cached: { token: string; panel: Promise<Panel> } | null = null;

  function loadPanel(): Promise<Panel> {
    const token = session.token();
    if (!token) return Promise.reject(Object.assign(new Error('ra.auth.auth_check_error'), { status: 401 }));
    if (cached?.token !== token) {
      const panel = Promise.all([http(`${origin}${API}/me`), http(`${origin}${API}/schema`)]).then(
        async ([me, schema]) => {
          const loaded = { me: me.json as Me, schema: schema.json as PanelSchema };
          await onPanel?.(loaded);
          return loaded;
        },
      );
      cached = { token, panel };
      panel.catch(() => {
        if (cached?.panel === panel) cached = null;
      });
    }
    return cached.panel;
  }

  const forget = () => {
    session.clear();
    cached = null;
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      const res = await fetch(`${origin}/api/auth/local`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ identifier: username, password }),
      });
      if (!res.ok)
        throw new Error(res.status >= 500 ? 'ra.notification.http_error' : 'ra.auth.sign_in_error');
      const { jwt } = (await res.json()) as { jwt: string };
      session.save(jwt);
      cached = null;
      await loadPanel();
    },
    async logout() {
      // react-admin also logs out after an expired session's redirect: only a user's own logout (a
      // token still valid) clears the note that explains the login page.
      const token = session.token();
      if (token && !isExpired(token)) session.forgetExpired();
      forget();
    },
    async checkAuth() {
      const token = session.token();
      if (!token || isExpired(token)) {
        // A first visit goes to the login page quietly; an expired session says why when it gets there.
        if (token) session.noteExpired();
        forget();
        throw token ? new Error('app.auth.expired') : { message: false };
      }
    },
    async checkError(error: HttpLikeError) {
      // react-admin logs out next (which forgets the token) and shows this message.
      if (error?.status === 401) {
        // The login page says why the user is back there, after the notification has gone.
        session.noteExpired();
        forget();
        throw new Error(error.message || 'app.auth.expired');
      }
    },
    async getIdentity() {
      const { me } = await loadPanel();
      return { id: me.id, fullName: me.username };
    },
    async getPermissions() {
      return session.token() ? loadPanel() : null;
    },
    async canAccess({ resource, action }: { resource: string; action: string }) {
      return canDo(await loadPanel(), resource, action);
    },
  };
}
