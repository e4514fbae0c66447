/**
 * One current secretary per community (DESIGN.md §5), whatever door the write comes through. The check
 * runs after the write, inside its transaction, on what the database now holds: a second secretary is
 * refused and the write rolled back. Two concurrent appointments wait for each other on a lock.
 */
import type { Core } from '@strapi/strapi';
import { becomesSecretary, OFF_DUTY, type Post } from '@yanzhen/config';
import { lockFor } from '../db/lock';
import { onWrite, WRITES } from '../db/on-write';
import { PanelError } from '../panel/errors';

const WORKER = 'api::worker.worker';
const TOUCHES = ['position', 'status', 'community'];

async function postOf(
  strapi: Core.Strapi,
  documentId: string,
): Promise<(Post & { documentId: string }) | null> {
  const row = (await strapi.db.query(WORKER).findOne({
    where: { documentId },
    select: ['documentId', 'position', 'status'],
    populate: { community: { select: ['documentId'] } },
  })) as {
    documentId: string;
    position: string;
    status: string;
    community: { documentId: string } | null;
  } | null;
  return row && { ...row, community: row.community?.documentId ?? null };
}

export const oneSecretary = onWrite(WORKER, WRITES, async ({ strapi, data, documentId: self }, next) => {
  if (!TOUCHES.some((k) => k in data)) return next();
  // A new record is a secretary only when its write names the post (an import creates thousands).
  if (!self && data.position !== 'secretary') return next();
  return strapi.db.transaction(async () => {
    const before = self ? await postOf(strapi, self) : null;
    const result = await next();
    const after = await postOf(strapi, (result as { documentId: string }).documentId);
    if (!after?.community || !becomesSecretary(before, after)) return result;
    await lockFor(strapi, `secretary:${after.community}`);
    const other = (await strapi.db.query(WORKER).findOne({
      where: {
        position: 'secretary',
        status: { $notIn: [...OFF_DUTY] },
        community: { documentId: after.community },
        documentId: { $ne: after.documentId },
      },
      select: ['name'],
      populate: { community: { select: ['name'] } },
    })) as { name: string; community: { name: string } } | null;
    if (other) {
      const params = { community: other.community.name, secretary: other.name };
      throw new PanelError(409, 'secretary_exists', params, {
        position: { code: 'secretary_exists', params },
      });
    }
    return result;
  });
});
