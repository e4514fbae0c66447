/**
 * The panel's messages (issue 15): written by the system, never through a form, each once. A message's
 * key names what caused it (`approved:<task>:<award>`) and its recipient; a unique index on it decides, so
 * a repeated step or a second server instance cannot send it twice.
 */
import type { Core } from '@strapi/strapi';
import { createOnce } from './once';

const NOTICE = 'api::notification.notification';
const MEMBER = 'api::party-member.party-member';
const USER = 'plugin::users-permissions.user';
/** Liaisons a partner unit may have: a handful; the bound keeps a bad record from fanning out. */
const MAX_LIAISONS = 20;

export type NoticeKind = 'board' | 'approved' | 'returned' | 'upheld' | 'dismissed' | 'invited';

export interface Notice {
  kind: NoticeKind;
  /** Filled into the catalog's text of the kind (the panel renders it in the reader's language). */
  params: Record<string, string | number>;
  /** The panel path of the record it is about. */
  link: string;
  /** What caused it; the recipient is added. */
  key: string;
}

export interface Holder {
  member: string | null;
  unit: string | null;
}

/** The accounts a holder's messages go to: a member's own account, or each liaison of a unit. */
export async function accountsOf(strapi: Core.Strapi, holder: Holder): Promise<number[]> {
  if (holder.member) {
    const m = (await strapi.db.query(MEMBER).findOne({
      where: { documentId: holder.member },
      select: ['id'],
      populate: { user: { select: ['id'] } },
    })) as { user: { id: number } | null } | null;
    return m?.user ? [m.user.id] : [];
  }
  if (!holder.unit) return [];
  const users = (await strapi.db.query(USER).findMany({
    where: { partnerUnit: { documentId: holder.unit } },
    select: ['id'],
    limit: MAX_LIAISONS,
  })) as { id: number }[];
  return users.map((u) => u.id);
}

/** One message to one account, unless it was sent already: true when this call wrote it. */
export async function notify(strapi: Core.Strapi, recipient: number, n: Notice): Promise<boolean> {
  const noticeKey = `${n.key}@${recipient}`;
  // Looked up first: inside a step's transaction a refused insert would abort the step on PostgreSQL.
  if (await strapi.db.query(NOTICE).findOne({ where: { noticeKey }, select: ['id'] })) return false;
  return createOnce(
    async () => {
      await strapi.documents(NOTICE).create({
        data: { recipient, kind: n.kind, params: n.params, link: n.link, noticeKey },
      });
      return true;
    },
    async () => false,
  );
}

/** The same message to each account of a holder. */
export async function notifyHolder(strapi: Core.Strapi, holder: Holder, n: Notice): Promise<void> {
  for (const id of await accountsOf(strapi, holder)) await notify(strapi, id, n);
}
