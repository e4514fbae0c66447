/**
 * Every resource, through the real react-admin client (ra-data-simple-rest): create, read one, read
 * many, list with sort/range/filter, update, delete — each by a demo role the schema says may do it.
 */
import type { DataProvider } from 'ra-core';
import type { ResourceSchema } from '@yanzhen/config';
import { sampleChange, sampleRecord } from '../helpers/fixtures';
import { resourceNames } from '../helpers/resources';
import { api, dataProvider, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

const ROLES = ['staff', 'publicity', 'supervisor', 'member', 'unit'] as const;
type Role = (typeof ROLES)[number];
type Can = Record<'find' | 'findOne' | 'create' | 'update' | 'delete', boolean>;

let app: TestApp;
const providers = {} as Record<Role, DataProvider>;
const schemas = {} as Record<Role, Map<string, ResourceSchema>>;

beforeAll(async () => {
  app = await startStrapi();
  for (const role of ROLES) {
    const jwt = await login(app, role);
    providers[role] = dataProvider(app, jwt);
    const res = await api(app, jwt).get('/api/panel/schema');
    schemas[role] = new Map(res.body.resources.map((r: ResourceSchema) => [r.name, r]));
  }
});
afterAll(() => app.stop());

const who = (name: string, action: keyof Can): Role | undefined =>
  ROLES.find((r) => schemas[r].get(name)?.can[action]);

const status = async (p: Promise<unknown>): Promise<number> =>
  p.then(
    () => 200,
    (e: { status?: number }) => e.status ?? 0,
  );

describe('every resource through ra-data-simple-rest', () => {
  it('the panel serves every content type and accounts', () => {
    expect([...schemas.supervisor.keys()].sort()).toEqual(resourceNames());
  });

  it.each(resourceNames())(
    '%s: create, one, many, list, update, delete as the roles allowed',
    async (name) => {
      const resource = schemas.supervisor.get(name) as ResourceSchema;
      const reader = who(name, 'find');
      expect(reader).toBeDefined();
      const read = providers[reader as Role];
      const page = await read.getList(name, {
        pagination: { page: 1, perPage: 3 },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      });
      expect(page.data.length).toBeLessThanOrEqual(3);
      expect(page.total).toBeGreaterThanOrEqual(page.data.length);

      const writer = who(name, 'create');
      if (!writer) {
        // Nobody creates these by hand (ledgers, logs, jobs' drafts, the single settings record).
        expect(await status(providers.staff.create(name, { data: {} }))).toBe(403);
        return;
      }
      const write = providers[writer];
      const data = await sampleRecord(resource, write);
      const { data: created } = await write.create(name, { data });
      expect(created.id).toEqual(expect.any(String));
      for (const [k, v] of Object.entries(data)) {
        if (!resource.fields.find((f) => f.name === k)?.writeOnly) expect(created[k]).toEqual(v);
      }

      const { data: one } = await write.getOne(name, { id: created.id });
      expect(one.id).toBe(created.id);
      const { data: many } = await write.getMany(name, { ids: [created.id] });
      expect(many.map((r) => r.id)).toEqual([created.id]);

      const newest = await write.getList(name, {
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'DESC' },
        filter: {},
      });
      expect(newest.data[0].id).toBe(created.id);
      const filtered = await write.getList(name, {
        pagination: { page: 1, perPage: 10 },
        sort: { field: resource.mainField, order: 'ASC' },
        filter: { id: [created.id] },
      });
      expect(filtered).toMatchObject({ total: 1, data: [{ id: created.id }] });
      const main = data[resource.mainField];
      if (typeof main === 'string') {
        const found = await write.getList(name, {
          pagination: { page: 1, perPage: 50 },
          sort: { field: 'id', order: 'DESC' },
          filter: { q: main },
        });
        expect(found.data.map((r) => r.id)).toContain(created.id);
      }

      const updater = who(name, 'update');
      const change = sampleChange(resource);
      if (updater && change) {
        const { data: updated } = await providers[updater].update(name, {
          id: created.id,
          data: { ...one, [change.field]: change.value },
          previousData: one,
        });
        expect(updated[change.field]).toBe(change.value);
      }

      const deleter = who(name, 'delete');
      if (deleter) {
        await providers[deleter].delete(name, { id: created.id, previousData: one });
        expect(await status(write.getOne(name, { id: created.id }))).toBe(404);
      } else {
        expect(await status(providers.staff.delete(name, { id: created.id, previousData: one }))).toBe(403);
      }
    },
  );
});
