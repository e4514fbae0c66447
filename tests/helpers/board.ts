/** Tasks in any state, for the task-board tests, and the compiled board modules the server itself runs. */
import type { Core } from '@strapi/strapi';
import path from 'path';
import { CMS } from './env';

/** A module of the compiled CMS, the same instance the booted server uses. */
export function fromDist<T>(relative: string): T {
  return require(path.join(CMS, 'dist/src', relative)) as T;
}

export const STATES = [
  'collected',
  'triaged',
  'listed',
  'claimed',
  'submitted',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type State = (typeof STATES)[number];

const NEEDS = {
  small: { difficulty: 2, peopleNeeded: 2, hoursNeeded: 4, needsFunding: false },
  big: { difficulty: 4, peopleNeeded: 8, hoursNeeded: 24, needsFunding: true },
};

const ON_BOARD: readonly State[] = ['listed', 'claimed', 'submitted', 'approved', 'rejected'];
const HELD: readonly State[] = ['claimed', 'submitted', 'approved', 'rejected'];

let n = 0;

export async function openBoard(strapi: Core.Strapi): Promise<string> {
  const b = (await strapi.db
    .query('api::board.board')
    .findOne({ where: { status: 'open' }, select: ['documentId'] })) as {
    documentId: string;
  };
  return b.documentId;
}

/** A task made straight through the Document Service in `state` (the preconditions of an action test). */
export async function makeTask(
  strapi: Core.Strapi,
  state: State,
  o: {
    tier: 'small' | 'big';
    member?: string;
    unit?: string;
    compound?: string;
    title?: string;
    category?: string;
    /** The community's documentId; the first community when not given. */
    community?: string;
  },
): Promise<string> {
  n += 1;
  const community = o.community
    ? { documentId: o.community }
    : ((await strapi.db.query('api::community.community').findOne({ select: ['documentId'] })) as {
        documentId: string;
      });
  const now = Date.now();
  const doc = await strapi.documents('api::task.task').create({
    data: {
      title: o.title ?? `测试任务${n}`,
      category: o.category ?? 'other',
      community: community.documentId,
      compound: o.compound,
      reportedAt: '2026-11-01',
      status: state,
      ...(state !== 'collected' && NEEDS[o.tier]),
      ...(ON_BOARD.includes(state) && { board: await openBoard(strapi) }),
      ...(HELD.includes(state) && {
        claimantMember: o.tier === 'small' ? o.member : undefined,
        claimantUnit: o.tier === 'big' ? o.unit : undefined,
        claimedAt: new Date(now - 86_400_000).toISOString(),
        dueAt: new Date(now + 13 * 86_400_000).toISOString(),
      }),
      ...((state === 'submitted' || state === 'approved') && { report: '已办结', doneAt: today() }),
    } as never,
  });
  return doc.documentId;
}

/** Today in the district (Asia/Shanghai), as a task's dates are kept: work cannot be done before its claim. */
export const today = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
