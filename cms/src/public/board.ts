/** Public, no login: this week's board and the published score tables — published material only, no personal data. */
import type { Core } from '@strapi/strapi';
import { catalogs } from '@yanzhen/config';
import { PanelError } from '../panel/errors';

const BOARD = 'api::board.board';
const TASK = 'api::task.task';
const SCORES = 'api::score-publication.score-publication';
const labels = catalogs.zh.resources.tasks.choices ?? {};

/**
 * What the resident said of a done task (回访), for the public: the verdict's label, 待回访 while none is
 * recorded; null for a task not done. A task reopened as 不满意 shows it until it is approved again.
 */
export function followUpOf(t: { status?: unknown; followUpResult?: unknown }): string | null {
  if (t.followUpResult) return labels.followUpResult?.[String(t.followUpResult)] ?? String(t.followUpResult);
  return t.status === 'approved' ? '待回访' : null;
}

export async function publicBoard(strapi: Core.Strapi) {
  const board = (await strapi.db.query(BOARD).findOne({
    where: { status: 'open' },
    orderBy: { issueDate: 'desc' },
    select: ['documentId', 'issueDate', 'number', 'title'],
  })) as { documentId: string; issueDate: string; number: number; title: string } | null;
  if (!board) return { board: null, tasks: [] };
  const tasks = (await strapi.db.query(TASK).findMany({
    where: {
      board: { documentId: board.documentId },
      status: { $ne: 'withdrawn' },
      // A need flagged as a possible repeat stays off the public board until someone has triaged it.
      $or: [{ status: { $ne: 'collected' } }, { duplicateOf: { id: { $null: true } } }],
    },
    select: [
      'documentId',
      'title',
      'category',
      'tier',
      'points',
      'difficulty',
      'isUrgent',
      'status',
      'dueAt',
      'followUpResult',
    ],
    populate: { community: { select: ['name'] }, compound: { select: ['name'] } },
    orderBy: [{ isUrgent: 'desc' }, { tier: 'asc' }, { id: 'asc' }],
  })) as Record<string, unknown>[];
  return {
    board: { issueDate: board.issueDate, number: board.number, title: board.title },
    tasks: tasks.map((t) => ({
      id: t.documentId,
      title: t.title,
      category: t.category,
      categoryLabel: labels.category?.[String(t.category)] ?? t.category,
      tier: t.tier,
      tierLabel: labels.tier?.[String(t.tier)] ?? t.tier,
      points: t.points,
      difficulty: t.difficulty,
      isUrgent: Boolean(t.isUrgent),
      status: t.status,
      statusLabel: labels.status?.[String(t.status)] ?? t.status,
      followUp: followUpOf(t),
      community: (t.community as { name?: string } | null)?.name ?? null,
      compound: (t.compound as { name?: string } | null)?.name ?? null,
    })),
  };
}

interface Row {
  holder: string;
  name: string;
  points: number;
  tasksDone: number;
  rank: number;
}

export async function publicScores(strapi: Core.Strapi, quarter: string) {
  if (!/^\d{4}-Q[1-4]$/.test(quarter)) throw new PanelError(400, 'bad_quarter', { quarter });
  const p = (await strapi.db.query(SCORES).findOne({
    where: { quarter, status: { $in: ['published', 'final'] } },
    select: ['quarter', 'status', 'ranking', 'announcedAt', 'objectionDeadline', 'finalizedAt'],
  })) as {
    quarter: string;
    status: string;
    ranking: Row[] | null;
    announcedAt: string;
    objectionDeadline: string;
    finalizedAt: string | null;
  } | null;
  if (!p) throw new PanelError(404, 'no_scores', { quarter });
  return {
    quarter: p.quarter,
    status: p.status,
    announcedAt: p.announcedAt,
    objectionDeadline: p.objectionDeadline,
    finalizedAt: p.finalizedAt,
    // A score table is published to be read (公示): names and scores, nothing else about a person.
    ranking: (p.ranking ?? []).map((r) => ({
      rank: r.rank,
      name: r.name,
      kind: r.holder.startsWith('unit:') ? 'unit' : 'member',
      points: r.points,
      tasksDone: r.tasksDone,
    })),
  };
}

export async function publishedQuarters(strapi: Core.Strapi) {
  const rows = (await strapi.db.query(SCORES).findMany({
    where: { status: { $in: ['published', 'final'] } },
    select: ['quarter', 'status'],
    orderBy: { quarter: 'desc' },
  })) as { quarter: string; status: string }[];
  return rows;
}
