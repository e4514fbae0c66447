/**
 * Last year's appraisals for one street, awaiting a supervisor's approval: mostly pass, excellent within
 * the 20 % quota, one basic, one with a dismissal condition for the supervisor's queue.
 */
import { fullMarks } from '@yanzhen/config';
import type { Seed } from './context';
import type { Organisation } from './organisation';
import type { People } from './people';

const FULL = fullMarks();

/** Full marks less `short`, taken from duty and attendance. */
const scoring = (short: number) => ({
  ...FULL,
  duty: FULL.duty - Math.min(short, 20),
  attendance: FULL.attendance - Math.max(0, short - 20),
});

export async function seedAppraisals(s: Seed, org: Organisation, people: People): Promise<void> {
  const town = org.towns[0];
  const workers = people.workers.filter((w) => w.town === town.documentId);
  const excellent = Math.floor(workers.length * 0.2) - 1;
  for (const [i, w] of workers.entries()) {
    const short = i < excellent ? 4 : i === excellent + 1 ? 30 : 12 + (i % 8);
    await s.create('api::appraisal.appraisal', {
      worker: w.documentId,
      year: 2025,
      ...scoring(short),
      ...(i === excellent + 2 && { dismissal: ['D2'] }),
    });
  }
}
