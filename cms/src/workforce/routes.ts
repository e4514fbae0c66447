/** The workforce's own panel endpoints: a training's attendees added from a selection or a sheet (issue 12). */
import { uploadedSheet } from '../imports/upload';
import type { DomainRoute } from '../panel/domain';
import { localeOf } from '../panel/messages';
import { addAttendees, assertMayAdd, fromIds } from './attendees';
import { fromSheet } from './attendeeSheet';

export const workforceRoutes: DomainRoute[] = [
  {
    method: 'POST',
    path: '/trainings/:id/attendees',
    async handler(ctx, viewer, panel) {
      assertMayAdd(panel, viewer);
      const locale = localeOf(ctx.get('accept-language'));
      const candidates = await fromIds(panel, viewer, ctx.request.body);
      return addAttendees(panel, viewer, ctx.params.id, candidates, locale);
    },
  },
  {
    method: 'POST',
    path: '/trainings/:id/attendees/sheet',
    async handler(ctx, viewer, panel) {
      assertMayAdd(panel, viewer);
      const locale = localeOf(ctx.get('accept-language'));
      const candidates = await fromSheet(panel, viewer, await uploadedSheet(ctx), locale);
      return addAttendees(panel, viewer, ctx.params.id, candidates, locale);
    },
  },
];
