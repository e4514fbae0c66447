/**
 * The bulk calls (issue 12): one change or one step on selected rows, and a training's attendees from a
 * selection or a sheet. Each answers how many went through and which rows were refused, and why.
 */
import type { BulkAnswer } from '@yanzhen/config';
import { panelResponse } from '../providers/panelFetch';

export type { BulkAnswer };

async function post(path: string, body: BodyInit, locale: string, json = true): Promise<BulkAnswer> {
  const headers = json ? { 'Content-Type': 'application/json' } : undefined;
  const res = await panelResponse(path, locale, { method: 'POST', body, headers });
  return (await res.json()) as BulkAnswer;
}

export const sendBulk = (
  resource: string,
  body: { ids: string[]; data: Record<string, unknown>; action?: string },
  locale: string,
) => post(`/${resource}/bulk`, JSON.stringify(body), locale);

const attendees = (training: string) => `/trainings/${encodeURIComponent(training)}/attendees`;

export const addAttendees = (training: string, workers: string[], locale: string) =>
  post(attendees(training), JSON.stringify({ workers }), locale);

export function sendAttendeeSheet(training: string, file: File, locale: string): Promise<BulkAnswer> {
  const form = new FormData();
  form.append('file', file);
  return post(`${attendees(training)}/sheet`, form, locale, false);
}
