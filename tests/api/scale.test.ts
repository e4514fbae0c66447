/**
 * A city's worth of workers (issue 14): 50,000 more workers than the demo, most of them in one community,
 * and the dashboard, the staffing figures and the payroll draft still answer with the right numbers.
 * SQLite refuses a statement with more than 32,766 variables, so anything that lists every worker's id in
 * a query fails here; on PostgreSQL (`npm run test:postgres`) the same figures must hold.
 */
import { randomUUID } from 'crypto';
import type { Knex } from 'knex';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

const WORKER = 'api::worker.worker';
const COMMUNITY = 'api::community.community';
const MORE = 50_000;
const ON_DUTY = ['active', 'trial', 'acting', 'seconded'];

let app: TestApp;
let knex: Knex;
const as = {} as Record<'staff' | 'clerk' | 'supervisor', ReturnType<typeof api>>;

interface Meta {
  tableName: string;
  attributes: Record<
    string,
    {
      columnName?: string;
      joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
    }
  >;
}
const meta = (uid: string) => app.strapi.db.metadata.get(uid) as unknown as Meta;
const column = (m: Meta, field: string) => m.attributes[field].columnName ?? field;

/** 50,000 workers written straight into the tables, 500 rows a statement, in one transaction. */
async function loadWorkers(communityIds: number[]) {
  const w = meta(WORKER);
  const link = w.attributes.community.joinTable!;
  const now = new Date();
  await knex.transaction(async (trx) => {
    for (let start = 0; start < MORE; start += 500) {
      const rows = Array.from({ length: Math.min(500, MORE - start) }, (_, k) => {
        const i = start + k;
        return {
          document_id: randomUUID().replace(/-/g, '').slice(0, 24),
          [column(w, 'name')]: `规模测试${i}`,
          [column(w, 'gender')]: i % 2 ? 'female' : 'male',
          [column(w, 'birthDate')]: '1990-01-01',
          [column(w, 'idNumber')]: `S${String(i).padStart(17, '0')}`,
          [column(w, 'education')]: i % 3 ? 'bachelor' : 'highschool',
          [column(w, 'politicalStatus')]: 'masses',
          [column(w, 'position')]: 'worker',
          [column(w, 'postTier')]: 1 + (i % 4),
          [column(w, 'payLevel')]: 1 + (i % 8),
          [column(w, 'hireDate')]: '2015-03-01',
          [column(w, 'status')]: i % 10 === 0 ? 'left' : 'active',
          [column(w, 'qualification')]: 'none',
          [column(w, 'careerStage')]: 'worker',
          [column(w, 'isReserve')]: i % 1000 === 1,
          created_at: now,
          updated_at: now,
          published_at: now,
        };
      });
      const ids = (await trx(w.tableName).insert(rows).returning('id')) as ({ id: number } | number)[];
      await trx(link.name).insert(
        ids.map((r, k) => ({
          [link.joinColumn.name]: typeof r === 'number' ? r : r.id,
          // Nine in ten go to the first community: one community holds more than SQLite's variable limit.
          [link.inverseJoinColumn.name]: communityIds[(start + k) % 10 === 9 ? 1 : 0],
        })),
      );
    }
  });
}

/** On-duty workers of the given communities (all when none), counted by plain SQL. */
async function onDutyIn(communityIds?: number[]): Promise<number> {
  const w = meta(WORKER);
  const link = w.attributes.community.joinTable!;
  const q = knex(w.tableName)
    .join(link.name, `${link.name}.${link.joinColumn.name}`, `${w.tableName}.id`)
    .whereNotIn(`${w.tableName}.${column(w, 'status')}`, ['left', 'dismissed']);
  if (communityIds) q.whereIn(`${link.name}.${link.inverseJoinColumn.name}`, communityIds);
  const [{ n }] = (await q.count({ n: '*' })) as { n: string | number }[];
  return Number(n);
}

let communities: { id: number; documentId: string }[];

beforeAll(async () => {
  app = await startStrapi();
  knex = app.strapi.db.connection as unknown as Knex;
  for (const r of ['staff', 'clerk', 'supervisor'] as const) as[r] = api(app, await login(app, r));
  communities = (await app.strapi.db.query(COMMUNITY).findMany({
    select: ['id', 'documentId'],
    orderBy: { id: 'asc' },
  })) as { id: number; documentId: string }[];
  const clerkCommunity = (await as.clerk.get('/api/panel/me')).body.scopeCommunity as string;
  // The clerk's community first: the clerk's scope then holds most of the 50,000.
  communities.sort(
    (a, b) => Number(b.documentId === clerkCommunity) - Number(a.documentId === clerkCommunity),
  );
  await loadWorkers(communities.map((c) => c.id));
}, 600_000);
afterAll(() => app.stop());

describe('the dashboard at 50,000 more workers', () => {
  it('counts every on-duty worker of the district for staff', async () => {
    const res = await as.staff.get('/api/panel/stats/overview');
    expect(res.status).toBe(200);
    expect(res.body.workforce.headcount).toBe(await onDutyIn());
    const reserves = res.body.reserves.perCommunity.find(
      (c: { id: string }) => c.id === communities[0].documentId,
    );
    expect(reserves.reserves).toBeGreaterThanOrEqual(MORE / 1000);
  });

  it('counts only the community of a clerk kept to one', async () => {
    const res = await as.clerk.get('/api/panel/stats/overview');
    expect(res.status).toBe(200);
    expect(res.body.workforce.headcount).toBe(await onDutyIn([communities[0].id]));
    expect(res.body.workforce.perCommunity).toHaveLength(1);
  });
});

describe('the payroll at 50,000 more workers', () => {
  // Two drafts of 50,000 lines: 10 s on a quiet machine, over two minutes at a load of 10. Speed is
  // measured by `npm run bench`; this checks the figures.
  it('drafts a line for every on-duty worker', async () => {
    const scale = (
      await as.supervisor.get(`/api/panel/pay-scales?filter=${encodeURIComponent('{"year":2026}')}`)
    ).body[0] as { id: string; status: string };
    if (scale.status !== 'approved')
      expect((await as.supervisor.post(`/api/panel/pay-scales/${scale.id}/approve`).send({})).status).toBe(
        200,
      );
    const res = await as.staff.post('/api/panel/payrolls/draft').send({ month: '2026-06' });
    expect(res.status).toBe(200);
    const w = meta(WORKER);
    const [{ n }] = (await knex(w.tableName).whereIn(column(w, 'status'), ON_DUTY).count({ n: '*' })) as {
      n: string | number;
    }[];
    expect(res.body.headcount).toBe(Number(n));
    const again = await as.staff.post('/api/panel/payrolls/draft').send({ month: '2026-06' });
    expect(again.status).toBe(200);
    expect(again.body.headcount).toBe(Number(n));
  }, 900_000);
});
