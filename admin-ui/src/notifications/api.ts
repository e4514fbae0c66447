/** The bell's endpoints (issue 15): its figures, marking read, and a member's digest switch. */
import { panelJson, panelResponse } from '../providers/panelFetch';

export interface Summary {
  unread: number;
  waiting: { reports: number; objections: number };
}

const post = (path: string, locale: string, body?: unknown) =>
  panelResponse(path, locale, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });

export const notificationsApi = {
  summary: (locale: string) => panelJson<Summary>('/notifications/summary', locale),
  read: (id: string, locale: string) => post(`/notifications/${id}/read`, locale),
  readAll: (locale: string) => post('/notifications/read-all', locale),
  digest: (locale: string) => panelJson<{ boardDigest: boolean }>('/me/notifications', locale),
  setDigest: async (boardDigest: boolean, locale: string) =>
    (await (await post('/me/notifications', locale, { boardDigest })).json()) as { boardDigest: boolean },
};

/** What the bell counts: messages not yet read and, for a supervisor, what waits for them. */
export const bellCount = (s: Summary | undefined): number =>
  s ? s.unread + s.waiting.reports + s.waiting.objections : 0;
