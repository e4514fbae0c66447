/** Every write through the panel leaves an audit entry: who, what, which record, what changed, when. */
import { api, firstId, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { makeWorker } from '../helpers/workforce';

let app: TestApp;
let staff: ReturnType<typeof api>;
let supervisor: ReturnType<typeof api>;

beforeAll(async () => {
  app = await startStrapi();
  staff = api(app, await login(app, 'staff'));
  supervisor = api(app, await login(app, 'supervisor'));
});
afterAll(() => app.stop());

const trail = async (recordId: string) =>
  (
    await supervisor.get(
      `/api/panel/audit-entries?filter=${encodeURIComponent(JSON.stringify({ recordId }))}&sort=["id","ASC"]`,
    )
  ).body;

describe('the audit trail', () => {
  it('records a create, an update with only the changed fields, and a delete', async () => {
    const community = await firstId(app.strapi, 'api::community.community');
    const created = await staff
      .post('/api/panel/grids')
      .send({ name: '审计网格', community, households: 100 });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await staff.put(`/api/panel/grids/${id}`).send({ ...created.body, households: 120 });
    await staff.delete(`/api/panel/grids/${id}`);

    const entries = await trail(id);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(
      entries.every(
        (e: { actorName: string; resource: string }) => e.actorName === 'staff' && e.resource === 'grids',
      ),
    ).toBe(true);
    expect(entries[0].after).toMatchObject({ name: '审计网格', households: 100, community });
    expect(entries[1].before).toEqual({ households: 100 });
    expect(entries[1].after).toEqual({ households: 120 });
    expect(entries[2].before).toMatchObject({ name: '审计网格', households: 120 });
    expect(Date.parse(entries[2].at)).toBeGreaterThan(Date.now() - 60_000);
    expect(entries.map((e: { recordLabel: string }) => e.recordLabel)).toEqual([
      '审计网格',
      '审计网格',
      '审计网格',
    ]);
  });

  it('names the record as the panel does, also when the change leaves its name out', async () => {
    const worker = await makeWorker(app.strapi, { name: '审计对象' });
    await staff.put(`/api/panel/workers/${worker}`).send({ phone: '13912340000' });
    const [entry] = (await trail(worker)).slice(-1);
    expect(entry).toMatchObject({ action: 'update', recordLabel: '审计对象' });
    expect(Object.keys(entry.after)).toEqual(['phone']);
  });

  it('names a record without a name of its own by whom it is about, deleted or not', async () => {
    const worker = await makeWorker(app.strapi, { name: '进修对象' });
    const program = await firstId(app.strapi, 'api::degree-program.degree-program');
    const created = await staff
      .post('/api/panel/enrollments')
      .send({ worker, program, enrolledAt: '2025-09-01' });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await staff.put(`/api/panel/enrollments/${id}`).send({ cohort: 2 })).status).toBe(200);
    expect((await staff.delete(`/api/panel/enrollments/${id}`)).status).toBe(200);
    const entries = (await trail(id)) as { action: string; recordLabel: string }[];
    expect(entries.map((e) => [e.action, e.recordLabel])).toEqual([
      ['create', '进修对象'],
      ['update', '进修对象'],
      ['delete', '进修对象'],
    ]);
  });

  it('keeps personal data masked in the trail', async () => {
    const id = await firstId(app.strapi, 'api::worker.worker');
    await staff.put(`/api/panel/workers/${id}`).send({ phone: '13912345678' });
    const [entry] = (await trail(id)).slice(-1);
    expect(entry.after.phone).toBe('139****5678');
  });

  it('writes nothing for a refused change', async () => {
    const before = Number(await app.strapi.db.query('api::audit-entry.audit-entry').count({}));
    await staff.post('/api/panel/grids').send({ name: '' });
    await api(app, await login(app, 'publicity'))
      .post('/api/panel/grids')
      .send({ name: 'x' });
    expect(Number(await app.strapi.db.query('api::audit-entry.audit-entry').count({}))).toBe(before);
  });

  it('is for supervisors to read, and nobody to edit', async () => {
    const [entry] = (await supervisor.get('/api/panel/audit-entries')).body;
    expect((await staff.get('/api/panel/audit-entries')).status).toBe(403);
    expect(
      (await supervisor.put(`/api/panel/audit-entries/${entry.id}`).send({ action: 'nothing' })).status,
    ).toBe(403);
    expect((await supervisor.delete(`/api/panel/audit-entries/${entry.id}`)).status).toBe(403);
  });
});
