/**
 * What the records hold for a worker's appraisal year, shown beside the items it bears on (issue 15):
 * 学习培训 — the trainings attended and their hours; 揭榜领单 and 群众满意 — the tasks the worker's party
 * member(s) got done and how residents followed them up. Shown, never scored (the 揭榜领单 proposal aside).
 * Every figure is an SQL aggregate.
 */
import type { Core } from '@strapi/strapi';
import { aggregates } from '../panel/aggregate';
import { proposalFor } from './appraisal';

const TRAINING = 'api::training.training';
const TASK = 'api::task.task';

export interface Evidence {
  learning: { trainings: number; hours: number };
  taskBoard: {
    points: number | null;
    proposal: number | null;
    done: number;
    followUps: { satisfied: number; basic: number; dissatisfied: number; pending: number };
  };
}

/** The year's instants in the district's zone (UTC+8, no summer time). */
const yearRange = (year: number) => ({
  $gte: new Date(`${year}-01-01T00:00:00+08:00`).toISOString(),
  $lt: new Date(`${year + 1}-01-01T00:00:00+08:00`).toISOString(),
});

export async function evidenceFor(strapi: Core.Strapi, worker: string, year: number): Promise<Evidence> {
  const sql = aggregates(strapi);
  const attended = {
    attendees: { documentId: worker },
    startDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
  };
  const trainings = Number(await strapi.db.query(TRAINING).count({ where: attended }));
  const hours = await sql.sumOf(TRAINING, attended, 'hours');
  // Done in the year (approved then), or reopened by a 不满意 follow-up that year and not approved since.
  const mine = { claimantMember: { worker: { documentId: worker } } };
  const tasks = await sql.countBy(
    TASK,
    {
      $and: [
        mine,
        {
          $or: [
            { status: 'approved', reviewedAt: yearRange(year) },
            { followUpResult: 'dissatisfied', followedUpAt: yearRange(year) },
          ],
        },
      ],
    },
    ['followUpResult'],
  );
  const by = (v: string | null) => tasks.find((g) => g.values.followUpResult === v)?.count ?? 0;
  const followUps = {
    satisfied: by('satisfied'),
    basic: by('basic'),
    dissatisfied: by('dissatisfied'),
    pending: by(null),
  };
  return {
    learning: { trainings, hours: Math.round(hours * 10) / 10 },
    taskBoard: {
      ...(await proposalFor(strapi, worker, year)),
      done: followUps.satisfied + followUps.basic + followUps.pending,
      followUps,
    },
  };
}
