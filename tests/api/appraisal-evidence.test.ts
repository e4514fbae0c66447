/**
 * A worker's appraisal year beside its items (issue 15): the trainings and hours on record (学习培训), the
 * tasks the worker's party member got done that year and their follow-ups (揭榜领单, 群众满意). Shown, not
 * scored; scoped like the worker; a bad year is a clear 400.
 */
import { makeTask } from '../helpers/board';
import { communityId, makeWorker } from '../helpers/workforce';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const as = {} as Record<'staff' | 'supervisor' | 'clerk' | 'member', ReturnType<typeof api>>;

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['staff', 'supervisor', 'clerk', 'member'] as const) as[r] = api(app, await login(app, r));
});
afterAll(() => app.stop());

const YEAR = 2025;
const create = async (uid: string, data: Record<string, unknown>): Promise<string> =>
  ((await app.strapi.documents(uid as never).create({ data } as never)) as unknown as { documentId: string })
    .documentId;

/** A worker who is also a party member, with trainings and done tasks of YEAR and of the year after. */
async function workerOnRecord(community?: string) {
  const worker = await makeWorker(app.strapi, community ? { community } : {});
  const member = await create('api::party-member.party-member', {
    name: '党员甲',
    kind: 'resident',
    community: community ?? (await communityId(app.strapi)),
    worker,
  });
  for (const [startDate, hours] of [
    [`${YEAR}-03-10`, 8],
    [`${YEAR}-11-02`, 4.5],
    [`${YEAR + 1}-01-05`, 6],
  ] as const) {
    await create('api::training.training', {
      title: '业务培训',
      level: 'district',
      form: 'inbound',
      startDate,
      hours,
      attendees: [worker],
    });
  }
  const task = async (state: 'approved' | 'claimed', data: Record<string, unknown>) => {
    const id = await makeTask(app.strapi, state, { tier: 'small', member });
    await app.strapi.documents('api::task.task').update({ documentId: id, data } as never);
  };
  const reviewedAt = `${YEAR}-06-01T08:00:00.000Z`;
  await task('approved', { reviewedAt, followUpResult: 'satisfied', followedUpAt: reviewedAt });
  await task('approved', { reviewedAt, followUpResult: 'satisfied', followedUpAt: reviewedAt });
  await task('approved', { reviewedAt, followUpResult: 'basic', followedUpAt: reviewedAt });
  await task('approved', { reviewedAt: `${YEAR}-12-30T08:00:00.000Z` });
  await task('claimed', { followUpResult: 'dissatisfied', followedUpAt: reviewedAt });
  // Another year's work is not this year's evidence.
  await task('approved', { reviewedAt: `${YEAR + 1}-02-01T08:00:00.000Z`, followUpResult: 'satisfied' });
  return worker;
}

const evidence = (who: ReturnType<typeof api>, worker: string, year: unknown = YEAR) =>
  who.get(`/api/panel/workers/${worker}/appraisal-evidence?year=${String(year)}`);

describe('appraisal evidence', () => {
  it('holds the year’s trainings and hours, tasks done and their follow-ups', async () => {
    const worker = await workerOnRecord();
    const res = await evidence(as.staff, worker);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      worker,
      year: YEAR,
      learning: { trainings: 2, hours: 12.5 },
      taskBoard: {
        done: 4,
        followUps: { satisfied: 2, basic: 1, dissatisfied: 1, pending: 1 },
        points: expect.any(Number),
        proposal: expect.any(Number),
      },
    });
    expect((await evidence(as.supervisor, worker, YEAR + 1)).body).toMatchObject({
      learning: { trainings: 1, hours: 6 },
      taskBoard: { done: 1, followUps: { satisfied: 1, basic: 0, dissatisfied: 0, pending: 0 } },
    });
  });

  it('says a worker who is no party member has no task-board record', async () => {
    const worker = await makeWorker(app.strapi);
    expect((await evidence(as.staff, worker)).body).toMatchObject({
      learning: { trainings: 0, hours: 0 },
      taskBoard: { points: null, proposal: null, done: 0 },
    });
  });

  it('refuses a year that is not one, in Chinese', async () => {
    const worker = await makeWorker(app.strapi);
    const res = await evidence(as.staff, worker, '去年');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ year: expect.any(String) });
  });

  it('is for those who read appraisals, within their scope', async () => {
    const away = await workerOnRecord(await communityId(app.strapi, '河西社区'));
    expect((await evidence(as.member, away)).status).toBe(403);
    expect((await evidence(as.clerk, away)).status).toBe(404);
    expect((await evidence(as.clerk, await makeWorker(app.strapi))).status).toBe(200);
  });
});
