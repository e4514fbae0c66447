/**
 * The demo district (DESIGN.md §6): loaded once into an empty database when not in production, so the
 * dashboard shows the document's figures on the demo's reference date.
 */
import type { Core } from '@strapi/strapi';
import { seedAccounts, DEMO_PASSWORD } from './accounts';
import { seedBoard } from './taskboard';
import { createSeed } from './context';
import { seedAppraisals } from './appraisals';
import { seedIncentives } from './incentives';
import { seedOrganisation } from './organisation';
import { seedPeople } from './people';
import { createRandom } from './random';
import { seedTraining } from './training';

/** The day the demo's figures hold (average age of secretaries and so on). */
export const DEMO_REFERENCE_DATE = '2026-06-30';
export { DEMO_PASSWORD };

export async function isEmpty(strapi: Core.Strapi): Promise<boolean> {
  const [communities, workers] = await Promise.all([
    strapi.db.query('api::community.community').count({}),
    strapi.db.query('api::worker.worker').count({}),
  ]);
  return Number(communities) + Number(workers) === 0;
}

export async function loadDemo(
  strapi: Core.Strapi,
  today = new Date().toISOString().slice(0, 10),
): Promise<string[]> {
  const s = createSeed(strapi, createRandom(20_260_630), DEMO_REFERENCE_DATE, today);
  const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const out = await run();
    strapi.log.info(`[demo] ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return out;
  };
  await s.create('api::setting.setting', {
    districtName: '雁阵示范区',
    referenceDate: DEMO_REFERENCE_DATE,
    letterIssuer: '中共雁阵示范区委组织部',
  });
  const org = await step('5 towns, 39 communities, grids, compounds, 12 partner units', () =>
    seedOrganisation(s),
  );
  const people = await step('310 workers, reserves, party members', () => seedPeople(s, org));
  await step('trainings, degree programme, branches, secondments', () => seedTraining(s, org, people));
  await step('honours, stories, pay table', () => seedIncentives(s, org, people));
  await step('appraisals of 2025 for 城关街道', () => seedAppraisals(s, org, people));
  const member = await step('task board', () => seedBoard(s, org, people));
  return step('demo accounts', () => seedAccounts(s, org, member));
}
