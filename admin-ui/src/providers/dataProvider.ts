/**
 * ra-data-simple-rest against `/api/panel`, plus the two calls that are not CRUD: the dashboard figures
 * and workflow actions (`POST /api/panel/<resource>/:id/<action>`).
 */
import type { DataProvider, GetManyParams, RaRecord } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import type { Overview } from '../dashboard/types';
import type { HttpClient } from './http';

export const API = '/api/panel';

export interface TaskMatch {
  member?: { id: string; name: string };
  unit?: { id: string; name: string };
  score: number;
  reasons: string[];
}
/** Ids per request: keeps the query string well under what servers accept. */
const MANY_CHUNK = 100;

export interface PanelDataProvider extends DataProvider {
  overview(): Promise<Overview>;
  /** Who suits a task on the board, best first, with the reasons in words (staff and supervisors). */
  matches(task: string): Promise<TaskMatch[]>;
  /** Asks a suggested claimant to take the task, as a message in their 消息 (staff). */
  invite(task: string, who: { member: string } | { unit: string }): Promise<{ invited: number }>;
  /** A workflow step on a record (`id`), or on the whole resource (`id` null). */
  runAction(
    resource: string,
    id: string | null,
    action: string,
    body?: Record<string, unknown>,
  ): Promise<{ data: unknown }>;
}

export function createDataProvider(http: HttpClient, base = API): PanelDataProvider {
  const rest = simpleRestProvider(base, http);

  /**
   * The server pages every list, getMany included (25 rows unless a range is given), so ask for exactly
   * the ids wanted, in chunks: a training's 150 attendees come back whole.
   */
  async function getMany(resource: string, { ids, signal }: GetManyParams) {
    const chunks: RaRecord['id'][][] = [];
    for (let i = 0; i < ids.length; i += MANY_CHUNK) chunks.push(ids.slice(i, i + MANY_CHUNK));
    const pages = await Promise.all(
      chunks.map((chunk) =>
        rest.getList(resource, {
          filter: { id: chunk },
          pagination: { page: 1, perPage: chunk.length },
          sort: { field: 'id', order: 'ASC' },
          signal,
        }),
      ),
    );
    return { data: pages.flatMap((p) => p.data) };
  }

  return {
    ...rest,
    getMany,
    overview: () => http(`${base}/stats/overview`).then(({ json }) => json as Overview),
    matches: (task) =>
      http(`${base}/tasks/${encodeURIComponent(task)}/matches`).then(({ json }) => json as TaskMatch[]),
    invite: (task, who) =>
      http(`${base}/tasks/${encodeURIComponent(task)}/invite`, {
        method: 'POST',
        body: JSON.stringify(who),
      }).then(({ json }) => json as { invited: number }),
    runAction: (resource, id, action, body = {}) =>
      http(`${base}/${resource}/${id === null ? '' : `${encodeURIComponent(id)}/`}${action}`, {
        method: 'POST',
        body: JSON.stringify(body),
      }).then(({ json }) => ({ data: json as unknown })),
  };
}
