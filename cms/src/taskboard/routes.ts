/** The task board's own panel endpoint: a confirmed commendation's printable letter. */
import { localParts, rules } from '@yanzhen/config';
import { PanelError } from '../panel/errors';
import type { Resource } from '../panel/model';
import type { DomainRoute } from '../panel/domain';
import { letterPdf } from './letterPdf';

export const boardRoutes: DomainRoute[] = [
  {
    method: 'GET',
    path: '/commendations/:id/letter.pdf',
    async handler(ctx, viewer, { registry, service }) {
      const c = await service.one(viewer, registry.byName('commendations') as Resource, ctx.params.id);
      if (c.status !== 'confirmed' || typeof c.letter !== 'string')
        throw new PanelError(409, 'letter_not_ready');
      ctx.type = 'application/pdf';
      ctx.set('Content-Disposition', `inline; filename="commendation-${c.year}-${c.id}.pdf"`);
      return letterPdf(c.letter, localParts(new Date(), rules.taskBoard.calendar.timeZone).date);
    },
  },
];
