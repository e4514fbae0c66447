/**
 * A sign-in sheet as a training's attendees: a column of ID numbers (身份证号) or of names (姓名), read by
 * the importer's reader, each row matched to a worker the viewer may see. An ID number is checked as a
 * form checks it; a name that two workers share is refused (the ID number tells them apart).
 */
import { catalogs, checkIdNumber } from '@yanzhen/config';
import { halfWidth, cellText } from '../imports/cells';
import type { Sheet } from '../imports/reader';
import type { Panel } from '../panel/context';
import { PanelError } from '../panel/errors';
import { message, type Locale } from '../panel/messages';
import { mask } from '../panel/serialize';
import { mayReveal, type Viewer } from '../panel/viewer';
import { visibleWorkers, type Candidate } from './attendees';

/** The column headed by a field's label in either language (a template's `*` and spaces aside). */
function columnOf(headers: string[], field: string): number {
  const labels = [catalogs.zh, catalogs.en].map((c) => c.resources.workers?.fields[field] ?? field);
  return headers.findIndex((h) => labels.includes(h.replace(/[*＊\s]/g, '')));
}

export async function fromSheet(
  panel: Panel,
  viewer: Viewer,
  sheet: Sheet,
  locale: Locale,
): Promise<Candidate[]> {
  const byId = columnOf(sheet.headers, 'idNumber');
  const byName = columnOf(sheet.headers, 'name');
  if (byId < 0 && byName < 0) throw new PanelError(400, 'attendee_no_column');
  const out: Candidate[] = [];
  for (const row of sheet.rows) {
    const id = byId < 0 ? '' : halfWidth(cellText(row.cells[byId])).toUpperCase();
    const name = byName < 0 ? '' : cellText(row.cells[byName]);
    if (!id && !name) continue;
    const shown = id ? String(mayReveal(viewer) ? id : mask('idNumber', id)) : name;
    const label = message(locale, 'attendee_row', { row: row.number, value: name || shown });
    const base = { id: String(row.number), label };
    if (id) {
      const check = checkIdNumber(id);
      if (!check.ok) {
        out.push({ ...base, worker: null, issue: { code: check.reason } });
        continue;
      }
    }
    const found = await visibleWorkers(panel, viewer, id ? { idNumber: id } : { name });
    if (found.length === 1) out.push({ ...base, worker: found[0].documentId });
    else if (found.length > 1)
      out.push({
        ...base,
        worker: null,
        issue: { code: 'attendee_ambiguous', params: { name, count: found.length } },
      });
    else out.push({ ...base, worker: null, issue: { code: 'attendee_not_found', params: { value: shown } } });
  }
  return out;
}
