/**
 * The ledger agrees with the tasks whatever the timing: after storms of concurrent approvals and
 * revocations, each task's entries sum to its points when it is approved and to zero otherwise, and
 * awards and reversals alternate (never two awards in a row); and the per-quarter totals equal the
 * ledger's sums, however many appends land on one holder's total at once.
 */
import { localParts, quarterOf, rules } from '@yanzhen/config';
import { makeTask } from '../helpers/board';
import { api, login } from '../helpers/session';
import { expectTotalsMatchLedger, totalsDrift } from '../helpers/ledger';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let supervisor: ReturnType<typeof api>;
let member: string;
let unit: string;

beforeAll(async () => {
  app = await startStrapi();
  supervisor = api(app, await login(app, 'supervisor'));
  member = (await api(app, await login(app, 'member')).get('/api/panel/me')).body.member;
  unit = (await api(app, await login(app, 'unit')).get('/api/panel/me')).body.unit;
});
// Whatever a test appended, the per-quarter totals still equal the ledger's sums.
afterEach(() => expectTotalsMatchLedger(app.strapi));
afterAll(() => app.stop());

interface Entry {
  kind: string;
  points: number;
}

const ledgerOf = async (task: string): Promise<Entry[]> =>
  (
    await supervisor.get(
      `/api/panel/points-entries?filter=${encodeURIComponent(JSON.stringify({ task }))}&sort=["id","ASC"]&range=[0,999]`,
    )
  ).body;

it('after approve/revoke storms every task’s ledger sums to its points when approved, else to zero', async () => {
  const tasks = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      makeTask(app.strapi, 'submitted', i % 2 ? { tier: 'big', unit } : { tier: 'small', member }),
    ),
  );
  const statuses: number[] = [];
  for (let round = 0; round < 4; round += 1) {
    const burst = tasks.flatMap((id) => [
      ...Array.from({ length: 4 }, () => supervisor.post(`/api/panel/tasks/${id}/approve`).send({})),
      ...Array.from({ length: 4 }, () =>
        supervisor.post(`/api/panel/tasks/${id}/revoke`).send({ rejectReason: '复核发现未完成' }),
      ),
    ]);
    statuses.push(...(await Promise.all(burst)).map((r) => r.status));
  }
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);

  for (const id of tasks) {
    const task = (await supervisor.get(`/api/panel/tasks/${id}`)).body as { status: string; points: number };
    const entries = await ledgerOf(id);
    const sum = entries.reduce((s, e) => s + e.points, 0);
    expect({ id, sum }).toEqual({ id, sum: task.status === 'approved' ? task.points : 0 });
    entries.forEach((e, i) => expect(e.kind).toBe(i % 2 === 0 ? 'award' : 'reversal'));
  }
  expect(await totalsDrift(app.strapi)).toEqual([]);
});

const totalOf = async (quarter: string, holder: string): Promise<number> => {
  const row = (await app.strapi.db
    .connection('points_totals')
    .where({ quarter, holder_key: holder })
    .first('points')) as { points: number } | undefined;
  return Number(row?.points ?? 0);
};

it('20 approvals at once for one member all land on the member’s quarter total, and so do 20 revocations', async () => {
  const tasks = await Promise.all(
    Array.from({ length: 20 }, () => makeTask(app.strapi, 'submitted', { tier: 'small', member })),
  );
  const points = (await supervisor.get(`/api/panel/tasks/${tasks[0]}`)).body.points as number;
  const quarter = quarterOf(localParts(new Date(), rules.taskBoard.calendar.timeZone).date);
  const before = await totalOf(quarter, `member:${member}`);
  const approvals = await Promise.all(
    tasks.map((id) => supervisor.post(`/api/panel/tasks/${id}/approve`).send({})),
  );
  expect(approvals.map((r) => r.status)).toEqual(tasks.map(() => 200));
  expect(await totalOf(quarter, `member:${member}`)).toBe(before + 20 * points);
  const revocations = await Promise.all(
    tasks.map((id) => supervisor.post(`/api/panel/tasks/${id}/revoke`).send({ rejectReason: '复核' })),
  );
  expect(revocations.map((r) => r.status)).toEqual(tasks.map(() => 200));
  expect(await totalOf(quarter, `member:${member}`)).toBe(before);
  expect(await totalsDrift(app.strapi)).toEqual([]);
});
