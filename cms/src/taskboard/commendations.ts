/**
 * Year end: commendation candidates from the year's points — partner units thanked with a letter and a
 * banner, party members recognised and rewarded (and their work unit told) — for a supervisor to confirm.
 */
import type { Core } from '@strapi/strapi';
import { rankTotals, rules } from '@yanzhen/config';
import { isUniqueViolation } from './once';
import { yearTotalsOf } from './totals';

const COMMENDATION = 'api::commendation.commendation';

export async function yearTotals(strapi: Core.Strapi, year: number) {
  return rankTotals((await yearTotalsOf(strapi, year)).filter((t) => t.points > 0));
}

export async function proposeCommendations(
  strapi: Core.Strapi,
  year: number,
): Promise<{ proposed: number; commendations: string[] }> {
  const ranked = await yearTotals(strapi, year);
  const { members, units } = rules.taskBoard.commendation;
  const picks = [
    ...ranked.filter((t) => t.holder.startsWith('member:')).slice(0, members),
    ...ranked.filter((t) => t.holder.startsWith('unit:')).slice(0, units),
  ];
  let proposed = 0;
  const commendations: string[] = [];
  for (const t of picks) {
    const [kind, id] = t.holder.split(':');
    try {
      const doc = await strapi.documents(COMMENDATION).create({
        data: {
          year,
          recipientMember: kind === 'member' ? id : undefined,
          recipientUnit: kind === 'unit' ? id : undefined,
          kind: kind === 'member' ? 'recognition-reward' : 'letter-banner',
          points: t.points,
          reason: `${year}年揭榜领单积分 ${t.points} 分，办结 ${t.tasksDone} 件，排名第 ${t.rank}。`,
          status: 'proposed',
          proposalKey: `${year}:${t.holder}`,
        },
      });
      proposed += 1;
      commendations.push(doc.documentId);
    } catch (e) {
      // Proposed before (a second run, another instance): keep the first.
      if (!isUniqueViolation(e)) throw e;
    }
  }
  return { proposed, commendations };
}
