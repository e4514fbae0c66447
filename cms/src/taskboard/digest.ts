/**
 * The board digest (issue 15): when a board is posted, each party member with an account who has not
 * turned it off, and whom at least one small task on it suits (config `suits()`), is told once per board.
 * Members are read in batches by id, never all at once and never as one `IN` list over the table.
 */
import type { Core } from '@strapi/strapi';
import { suits, type MatchTask } from '@yanzhen/config';
import { notify } from './notify';

const TASK = 'api::task.task';
const MEMBER = 'api::party-member.party-member';
const BOARD = 'api::board.board';
const NOTICE = 'api::notification.notification';
const BATCH = 500;

interface MemberRow {
  id: number;
  specialties: string[] | null;
  compound: { documentId: string } | null;
  user: { id: number } | null;
}

/** The board's small tasks, as the matching rule reads them: a board holds dozens, not thousands. */
async function smallTasks(strapi: Core.Strapi, board: string): Promise<MatchTask[]> {
  const rows = (await strapi.db.query(TASK).findMany({
    where: { board: { documentId: board }, tier: 'small', status: 'listed' },
    select: ['id', 'specialties'],
    populate: { compound: { select: ['documentId'] }, community: { select: ['documentId'] } },
  })) as {
    specialties: string[] | null;
    compound: { documentId: string } | null;
    community: { documentId: string } | null;
  }[];
  return rows.map((t) => ({
    specialties: t.specialties ?? [],
    compound: t.compound?.documentId ?? null,
    community: t.community?.documentId ?? null,
  }));
}

/** Members with an account who want the digest (never set counts as yes), the next batch after `after`. */
const membersAfter = async (strapi: Core.Strapi, after: number) =>
  (await strapi.db.query(MEMBER).findMany({
    where: {
      id: { $gt: after },
      user: { id: { $notNull: true } },
      $or: [{ boardDigest: true }, { boardDigest: { $null: true } }],
    },
    select: ['id', 'specialties'],
    populate: { compound: { select: ['documentId'] }, user: { select: ['id'] } },
    orderBy: { id: 'asc' },
    limit: BATCH,
  })) as MemberRow[];

/** Tell each suited member about the board; how many were told now (none on a second run). */
export async function sendDigest(strapi: Core.Strapi, board: string): Promise<number> {
  const tasks = await smallTasks(strapi, board);
  if (!tasks.length) return 0;
  const { number } = (await strapi.db
    .query(BOARD)
    .findOne({ where: { documentId: board }, select: ['number'] })) as { number: number };
  let sent = 0;
  for (let after = 0; ; ) {
    const batch = await membersAfter(strapi, after);
    if (!batch.length) return sent;
    after = batch[batch.length - 1].id;
    const keys = new Map<string, { user: number; count: number }>();
    for (const m of batch) {
      const me = { specialties: m.specialties ?? [], compound: m.compound?.documentId ?? null };
      const count = tasks.filter((t) => suits(t, me)).length;
      if (count && m.user) keys.set(`board:${board}:${m.user.id}@${m.user.id}`, { user: m.user.id, count });
    }
    // Those already told (an earlier run, another instance), looked up for this batch only.
    const told = (await strapi.db.query(NOTICE).findMany({
      where: { noticeKey: { $in: [...keys.keys()] } },
      select: ['noticeKey'],
    })) as { noticeKey: string }[];
    for (const t of told) keys.delete(t.noticeKey);
    for (const { user, count } of keys.values()) {
      const n = {
        kind: 'board' as const,
        params: { number, count },
        link: '/board',
        key: `board:${board}:${user}`,
      };
      if (await notify(strapi, user, n)) sent += 1;
    }
  }
}
