/**
 * Posting the week's board: one board per posting day (the database refuses a second), and every triaged
 * task goes on it. Safe to run twice and on several server instances at once: the board is created once
 * and each task moves once (compare-and-set on its state).
 */
import { currentBoardDate } from '@yanzhen/config';
import type { Core } from '@strapi/strapi';
import { compareAndSet } from '../db/compare-and-set';
import { sendDigest } from './digest';
import { createOnce } from './once';
import { idOf } from './scores';

const BOARD = 'api::board.board';
const TASK = 'api::task.task';

export interface Posting {
  board: string;
  issueDate: string;
  created: boolean;
  listed: number;
  /** Members told that tasks on it suit them (issue 15): none when the board was posted before. */
  notified: number;
}

async function ensureBoard(
  strapi: Core.Strapi,
  issueDate: string,
): Promise<{ board: string; created: boolean }> {
  const existing = (await strapi.db
    .query(BOARD)
    .findOne({ where: { issueDate }, select: ['documentId'] })) as {
    documentId: string;
  } | null;
  if (existing) return { board: existing.documentId, created: false };
  return createOnce(
    async () =>
      await strapi.db.transaction(async () => {
        const last = (await strapi.db
          .query(BOARD)
          .findOne({ select: ['number'], orderBy: { number: 'desc' } })) as {
          number: number;
        } | null;
        const number = (last?.number ?? 0) + 1;
        const board = await strapi.documents(BOARD).create({
          data: { issueDate, number, title: `第${number}期“揭榜领单”榜单`, status: 'open' },
        });
        await strapi.db.query(BOARD).updateMany({
          where: { status: 'open', documentId: { $ne: board.documentId } },
          data: { status: 'closed' },
        });
        return { board: board.documentId, created: true };
      }),
    // Another instance posted this day's board first.
    async () => ({ board: await idOf(strapi, BOARD, { issueDate }), created: false }),
  );
}

export async function postBoard(strapi: Core.Strapi, now: Date): Promise<Posting> {
  const issueDate = currentBoardDate(now);
  const { board, created } = await ensureBoard(strapi, issueDate);
  const triaged = (await strapi.db
    .query(TASK)
    .findMany({ where: { status: 'triaged' }, select: ['documentId'] })) as {
    documentId: string;
  }[];
  let listed = 0;
  for (const t of triaged) {
    await strapi.db.transaction(async () => {
      if (!(await compareAndSet(strapi, TASK, t.documentId, 'status', ['triaged'], 'listed'))) return;
      listed += 1;
      await strapi.documents(TASK).update({ documentId: t.documentId, data: { board } });
    });
  }
  const notified = await sendDigest(strapi, board);
  return { board, issueDate, created, listed, notified };
}
