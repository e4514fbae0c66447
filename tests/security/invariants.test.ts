/**
 * The ledger agrees with the tasks whatever the timing: after storms of concurrent approvals and
 * revocations, each task's entries sum to its points when it is approved and to zero otherwise, and
 * awards and reversals alternate (never two awards in a row).
 */
import { makeTask } from '../helpers/board';
import { api, login } from '../helpers/session';
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
});
