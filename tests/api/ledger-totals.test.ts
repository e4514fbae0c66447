/**
 * The per-quarter totals the ledger keeps (issue 14): each append moves its holder's total in the same
 * transaction, an upgraded database gets them built once from the ledger at start-up, the ranking reads
 * them, and no route writes them.
 */
import request from 'supertest';
import { fromDist, makeTask } from '../helpers/board';
import { expectTotalsMatchLedger, totalsDrift } from '../helpers/ledger';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Strapi = TestApp['strapi'];
interface Standing {
  holder: string;
  name: string;
  points: number;
  tasksDone: number;
  rank: number;
}
const scores = () =>
  fromDist<{ quarterStandings(s: Strapi, quarter: string): Promise<Standing[]> }>('taskboard/scores.js');
const table = () =>
  fromDist<{ ensureTotals(s: Strapi): Promise<number | null> }>('taskboard/totals-table.js');
const ledger = () =>
  fromDist<{ appendEntry(s: Strapi, e: Record<string, unknown>): Promise<void> }>('taskboard/ledger.js');

let app: TestApp;
let supervisor: ReturnType<typeof api>;
let member: string;

beforeAll(async () => {
  app = await startStrapi();
  supervisor = api(app, await login(app, 'supervisor'));
  member = (await api(app, await login(app, 'member')).get('/api/panel/me')).body.member;
});
afterEach(() => expectTotalsMatchLedger(app.strapi));
afterAll(() => app.stop());

const knex = () => app.strapi.db.connection;
const quarters = async () =>
  ((await knex()('points_totals').distinct('quarter').orderBy('quarter')) as { quarter: string }[]).map(
    (r) => r.quarter,
  );
const mine = async (quarter: string) =>
  (await scores().quarterStandings(app.strapi, quarter)).find((s) => s.holder === `member:${member}`);

describe('each append', () => {
  it('an award, a reversal and an adjustment move the holder’s total by their points and tasks', async () => {
    const quarter = '2031-Q1';
    const add = (points: number, kind: string, key: string) =>
      ledger().appendEntry(app.strapi, {
        holder: { member, unit: null },
        task: null,
        points,
        kind,
        reason: '测试',
        author: null,
        at: new Date('2031-02-01T02:00:00Z'),
        quarter,
        key,
      });
    await add(6, 'award', 'totals-test:1');
    await add(4, 'award', 'totals-test:2');
    await add(6, 'reversal', 'totals-test:3');
    await add(-1, 'adjustment', 'totals-test:4');
    expect(await mine(quarter)).toMatchObject({ points: 3, tasksDone: 1, rank: 1 });
    expect((await mine(quarter))?.name).toBeTruthy();
  });

  it('an approval through the panel shows in the quarter’s ranking at once', async () => {
    const task = await makeTask(app.strapi, 'submitted', { tier: 'small', member });
    const res = await supervisor.post(`/api/panel/tasks/${task}/approve`).send({});
    expect(res.status).toBe(200);
    const [entry] = (
      await supervisor.get(`/api/panel/points-entries?filter=${encodeURIComponent(JSON.stringify({ task }))}`)
    ).body as { quarter: string; points: number }[];
    const before = (await mine(entry.quarter))?.points ?? 0;
    await supervisor.post(`/api/panel/tasks/${task}/revoke`).send({ rejectReason: '复核未完成' });
    expect((await mine(entry.quarter))?.points).toBe(before - entry.points);
  });

  it('an append rolled back takes its total with it, and a refused one leaves the total as it was', async () => {
    const quarter = '2031-Q2';
    const add = (key: string) =>
      ledger().appendEntry(app.strapi, {
        holder: { member, unit: null },
        task: null,
        points: 8,
        kind: 'adjustment',
        reason: '测试',
        author: null,
        at: new Date(),
        quarter,
        key,
      });
    await expect(
      app.strapi.db.transaction(async () => {
        await add('totals-test:rolled-back');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await mine(quarter)).toBeUndefined();
    await add('totals-test:twice');
    await expect(add('totals-test:twice')).rejects.toThrow();
    expect(await mine(quarter)).toMatchObject({ points: 8 });
  });
  it('an entry made straight through the Document Service, whatever it asks back, counts too', async () => {
    await app.strapi.documents('api::points-entry.points-entry').create({
      data: {
        holderKey: `member:${member}`,
        holderMember: member,
        points: 2,
        kind: 'adjustment',
        quarter: '2031-Q3',
        entryKey: 'totals-test:direct',
        reason: '测试',
      } as never,
      fields: ['documentId'],
    });
    expect(await mine('2031-Q3')).toMatchObject({ points: 2, tasksDone: 0 });
  });
});

describe('an upgraded database', () => {
  it('gets its totals built once at start-up from the ledger, and ranks as before', async () => {
    const before = await Promise.all((await quarters()).map((q) => scores().quarterStandings(app.strapi, q)));
    expect(before.flat().length).toBeGreaterThan(0);
    await knex().schema.dropTable('points_totals');
    expect(await table().ensureTotals(app.strapi)).toBe(before.flat().length);
    const after = await Promise.all((await quarters()).map((q) => scores().quarterStandings(app.strapi, q)));
    expect(after).toEqual(before);
    expect(await table().ensureTotals(app.strapi)).toBeNull();
  });

  it('tells where totals and ledger disagree', async () => {
    const [row] = (await knex()('points_totals').select('quarter', 'holder_key').limit(1)) as {
      quarter: string;
      holder_key: string;
    }[];
    const moved = knex()('points_totals').where({ quarter: row.quarter, holder_key: row.holder_key });
    await moved.clone().increment('points', 1);
    expect(await totalsDrift(app.strapi)).toEqual([
      expect.objectContaining({ quarter: row.quarter, holder: row.holder_key }),
    ]);
    await moved.clone().decrement('points', 1);
  });
});

describe('no route writes the totals', () => {
  it.each([
    ['GET', '/api/panel/points-totals'],
    ['POST', '/api/panel/points-totals'],
    ['GET', '/api/points-totals'],
    ['POST', '/api/points-totals'],
  ] as const)('%s %s is not there to call', async (method, path) => {
    const res = await (method === 'GET' ? supervisor.get(path) : supervisor.post(path).send({}));
    expect([404, 405]).toContain(res.status);
    const anonymous = await (method === 'GET' ? request(app.url).get(path) : request(app.url).post(path));
    expect([401, 403, 404, 405]).toContain(anonymous.status);
  });
});
