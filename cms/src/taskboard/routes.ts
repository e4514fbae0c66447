/** The task board's own panel endpoints: a confirmed commendation's printable letters, and a whole year's. */
import { rules } from '@yanzhen/config';
import type { Panel } from '../panel/context';
import { PanelError } from '../panel/errors';
import type { Resource } from '../panel/model';
import type { DomainRoute } from '../panel/domain';
import type { PanelRecord } from '../panel/serialize';
import type { Viewer } from '../panel/viewer';
import { letterPdf, type DatedLetters } from './letterPdf';
import { officialDate } from './letters';

/** Rows fetched at a time for a year's letters: the rulebook commends a few dozen a year at most. */
const BATCH = 100;

const commendations = (panel: Panel) => panel.registry.byName('commendations') as Resource;

/** The letters bear the day of confirmation; a commendation confirmed before that was kept, its last change. */
const dated = (c: PanelRecord): DatedLetters => ({
  text: String(c.letter),
  date: officialDate(new Date(String(c.confirmedAt ?? c.updatedAt)), rules.taskBoard.calendar.timeZone),
});

/** The year's confirmed commendations this viewer may read, a page at a time as the list reads them. */
async function confirmedIn(panel: Panel, viewer: Viewer, year: number): Promise<PanelRecord[]> {
  const out: PanelRecord[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const { records, total } = await panel.service.list(viewer, commendations(panel), {
      filter: JSON.stringify({ year, status: 'confirmed' }),
      sort: JSON.stringify(['id', 'ASC']),
      range: JSON.stringify([offset, offset + BATCH - 1]),
    });
    out.push(...records);
    if (records.length < BATCH || offset + BATCH >= total) return out;
  }
}

function yearOf(raw: unknown): number {
  const year = typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (!(year >= 2000 && year <= 2100)) throw new PanelError(400, 'bad_year', { year: String(raw ?? '') });
  return year;
}

export const boardRoutes: DomainRoute[] = [
  // Before `/commendations/:id/…` and the panel's `/:resource/:id`, which would take `letters.pdf` for an id.
  {
    method: 'GET',
    path: '/commendations/letters.pdf',
    async handler(ctx, viewer, panel) {
      const year = yearOf(ctx.query.year);
      const confirmed = (await confirmedIn(panel, viewer, year)).filter((c) => typeof c.letter === 'string');
      if (!confirmed.length) throw new PanelError(404, 'no_letters', { year });
      ctx.type = 'application/pdf';
      ctx.set('Content-Disposition', `inline; filename="commendations-${year}.pdf"`);
      return letterPdf(confirmed.map(dated), `${year}年度表彰信`);
    },
  },
  {
    method: 'GET',
    path: '/commendations/:id/letter.pdf',
    async handler(ctx, viewer, panel) {
      const c = await panel.service.one(viewer, commendations(panel), ctx.params.id);
      if (c.status !== 'confirmed' || typeof c.letter !== 'string')
        throw new PanelError(409, 'letter_not_ready');
      ctx.type = 'application/pdf';
      ctx.set('Content-Disposition', `inline; filename="commendation-${c.year}-${c.id}.pdf"`);
      return letterPdf([dated(c)]);
    },
  },
];
