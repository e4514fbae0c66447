/**
 * The panel's messages, beside the generic list (`GET /notifications`, kept to the viewer's own by
 * ownWhere): the bell's figures, marking read, and a member's own digest switch (issue 15).
 */
import type { Panel } from '../panel/context';
import { and } from '../panel/access';
import type { DomainRoute } from '../panel/domain';
import { PanelError } from '../panel/errors';
import type { Resource } from '../panel/model';
import type { Viewer } from '../panel/viewer';

const NOTICE = 'api::notification.notification';
const MEMBER = 'api::party-member.party-member';
const BATCH = 500;

const mine = (v: Viewer) => ({ recipient: { id: v.id } });

/** Rows of a resource the viewer may see in a state: counted in SQL, within scope. */
async function countIn(panel: Panel, v: Viewer, name: string, status: string): Promise<number> {
  const r = panel.registry.byName(name) as Resource;
  const where = and({ status }, await panel.access.readWhere(v, r));
  return Number(await panel.strapi.db.query(r.uid).count({ where }));
}

/** What waits for a supervisor: reports to approve and objections to decide, in their scope. */
async function waitingFor(panel: Panel, v: Viewer) {
  if (v.role !== 'supervisor') return { reports: 0, objections: 0 };
  const [reports, objections] = await Promise.all([
    countIn(panel, v, 'tasks', 'submitted'),
    countIn(panel, v, 'objections', 'open'),
  ]);
  return { reports, objections };
}

async function memberOf(panel: Panel, v: Viewer) {
  if (v.role !== 'member' || !v.memberId) throw new PanelError(403, 'digest_members_only');
  const row = (await panel.strapi.db
    .query(MEMBER)
    .findOne({ where: { documentId: v.memberId }, select: ['id', 'boardDigest'] })) as {
    id: number;
    boardDigest: boolean | null;
  } | null;
  if (!row) throw new PanelError(403, 'digest_members_only');
  return row;
}

export const noticeRoutes: DomainRoute[] = [
  {
    method: 'GET',
    path: '/notifications/summary',
    async handler(_ctx, v, panel) {
      const unread = Number(
        await panel.strapi.db.query(NOTICE).count({ where: { ...mine(v), readAt: { $null: true } } }),
      );
      return { unread, waiting: await waitingFor(panel, v) };
    },
  },
  {
    method: 'POST',
    path: '/notifications/read-all',
    async handler(_ctx, v, panel) {
      const notices = panel.strapi.db.query(NOTICE);
      const at = new Date();
      let read = 0;
      // A page of ids at a time: Strapi's updateMany cannot filter through the recipient relation itself.
      for (;;) {
        const page = (await notices.findMany({
          where: { ...mine(v), readAt: { $null: true } },
          select: ['id'],
          limit: BATCH,
        })) as { id: number }[];
        if (!page.length) return { read };
        await notices.updateMany({ where: { id: { $in: page.map((n) => n.id) } }, data: { readAt: at } });
        read += page.length;
      }
    },
  },
  {
    method: 'POST',
    path: '/notifications/:id/read',
    async handler(ctx, v, panel) {
      const r = panel.registry.byName('notifications') as Resource;
      const id = String(ctx.params.id);
      // Another's message is not found, as in the list: it is not this viewer's to know about.
      const row = (await panel.strapi.db
        .query(NOTICE)
        .findOne({ where: { documentId: id, ...mine(v) }, select: ['id', 'readAt'] })) as {
        id: number;
        readAt: string | null;
      } | null;
      if (!row) throw new PanelError(404, 'not_found', { id, resource: { resource: r.name } });
      if (!row.readAt)
        await panel.strapi.db.query(NOTICE).update({ where: { id: row.id }, data: { readAt: new Date() } });
      return panel.service.one(v, r, id);
    },
  },
  {
    method: 'GET',
    path: '/me/notifications',
    async handler(_ctx, v, panel) {
      return { boardDigest: (await memberOf(panel, v)).boardDigest !== false };
    },
  },
  {
    method: 'POST',
    path: '/me/notifications',
    async handler(ctx, v, panel) {
      const body = (ctx.request as { body?: unknown }).body;
      const value = (body as { boardDigest?: unknown } | null)?.boardDigest;
      if (typeof value !== 'boolean') throw new PanelError(400, 'bad_board_digest');
      const { id } = await memberOf(panel, v);
      await panel.strapi.db.query(MEMBER).update({ where: { id }, data: { boardDigest: value } });
      return { boardDigest: value };
    },
  },
];
