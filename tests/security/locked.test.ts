/**
 * Records a workflow has locked, and the fields a workflow owns, for EVERY resource with a workflow: the
 * cases come from the workflows table the server runs and its schema, so a workflow added later is covered.
 * A locked record refuses PUT and DELETE (409); an owned field is refused on create (always-owned ones)
 * and on update (any owned field sent with a new value) with a `read_only` field issue.
 */
import type { Core } from '@strapi/strapi';
import { fromDist } from '../helpers/board';
import type { FieldSchema, ResourceSchema } from '@yanzhen/config';
import { api, createAccount, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

interface Wf {
  field?: string;
  editableIn?: readonly string[];
}
type Mode = 'update' | 'always';
const { workflows } = fromDist<{ workflows: Record<string, Wf> }>('workflows.js');
const { ownedFields } = fromDist<{
  ownedFields(w: Record<string, Wf>): Map<string, Map<string, Mode>>;
}>('panel/workflow.js');
const owned = ownedFields(workflows);

const ROLES = ['staff', 'supervisor', 'publicity'] as const;
type Can = { create: boolean; update: boolean; delete: boolean };
type Res = ResourceSchema;

let app: TestApp;
let strapi: Core.Strapi;
const jwt: Record<string, string> = {};
const schemas: Record<string, Record<string, Res>> = {};

beforeAll(async () => {
  app = await startStrapi();
  strapi = app.strapi;
  for (const role of ROLES) {
    await createAccount(strapi, `locks-${role}`, { role });
    jwt[role] = await login(app, `locks-${role}`);
    const res = await api(app, jwt[role]).get('/api/panel/schema');
    schemas[role] = Object.fromEntries((res.body.resources as Res[]).map((r) => [r.name, r]));
  }
}, 180_000);
afterAll(() => app?.stop());

const uidOf = (name: string): string => {
  const hit = Object.entries(strapi.contentTypes).find(
    ([uid, ct]) =>
      uid.startsWith('api::') && (ct as { info: { pluralName: string } }).info.pluralName === name,
  );
  if (!hit) throw new Error(`no content type for ${name}`);
  return hit[0];
};
const roleFor = (name: string, a: keyof Can) => ROLES.find((r) => schemas[r][name]?.can[a]);
const schemaOf = (name: string) => schemas.supervisor[name] ?? schemas.staff[name];
const fieldOf = (name: string, f: string) => schemaOf(name).fields.find((x) => x.name === f) as FieldSchema;

/** A record of the resource put straight into `state` (the precondition), or null when there is none. */
async function recordIn(name: string, state: string | null): Promise<Record<string, unknown> | null> {
  const q = strapi.db.query(uidOf(name) as never);
  const row = (await q.findOne({ orderBy: { id: 'asc' } })) as Record<string, unknown> | null;
  if (!row) return null;
  const field = workflows[name]?.field;
  if (field && state) await q.update({ where: { id: row.id }, data: { [field]: state } });
  return (await q.findOne({ where: { id: row.id } })) as Record<string, unknown>;
}

/** A value for the field that differs from `current`. */
function otherValue(f: FieldSchema, current: unknown): unknown {
  if (f.choices) return f.choices.map((c) => c.id).find((c) => c !== current) ?? 'x';
  if (f.relation) return f.relation.many ? ['zz-none'] : 'zz-none';
  switch (f.type) {
    case 'integer':
    case 'decimal':
      return Number(current ?? 0) + 1;
    case 'boolean':
      return !current;
    case 'date':
      return current === '2031-01-02' ? '2031-01-03' : '2031-01-02';
    case 'datetime':
      return '2031-01-02T08:00:00.000Z';
    case 'json':
      return { changed: true };
    default:
      return `${String(current ?? '')}改`;
  }
}

const en = (t: ReturnType<ReturnType<typeof api>['put']>) => t.set('Accept-Language', 'en');
const READ_ONLY = 'Kept by the workflow: it cannot be written directly';

const lockedCases = Object.entries(workflows).flatMap(([name, wf]) => {
  if (!wf.field || !wf.editableIn) return [];
  return [{ name, field: wf.field, editableIn: wf.editableIn }];
});

describe('a record in a locked state refuses PUT and DELETE', () => {
  it('covers every workflow that locks', () => {
    expect(lockedCases.map((c) => c.name)).toEqual(
      expect.arrayContaining(['tasks', 'appraisals', 'score-publications', 'objections', 'secondments']),
    );
  });

  it.each(lockedCases)('$name', async ({ name, field, editableIn }) => {
    const states = (fieldOf(name, field).choices ?? [])
      .map((c) => c.id)
      .filter((s) => !editableIn.includes(s));
    let tried = 0;
    for (const state of states) {
      const row = await recordIn(name, state);
      if (!row) continue;
      const id = String(row.documentId);
      const writer = roleFor(name, 'update');
      if (writer) {
        const res = await en(api(app, jwt[writer]).put(`/api/panel/${name}/${id}`)).send({});
        expect([res.status, state]).toEqual([409, state]);
        expect(res.body.message).toContain('no longer');
        tried += 1;
      }
      const deleter = roleFor(name, 'delete');
      if (deleter) {
        const res = await api(app, jwt[deleter]).delete(`/api/panel/${name}/${id}`);
        expect([res.status, state]).toEqual([409, state]);
        tried += 1;
      }
    }
    // No plain writes at all for this resource (score tables): nothing to lock against.
    if (!roleFor(name, 'update') && !roleFor(name, 'delete')) return;
    if (!(await recordIn(name, null))) return;
    expect(tried).toBeGreaterThan(0);
  });
});

const ownedCases = [...owned].flatMap(([name, fields]) =>
  [...fields].map(([field, mode]) => ({ name, field, mode })),
);

describe('a field a workflow owns is not a plain write', () => {
  it('covers the state fields, the fields actions take and the declared ones', () => {
    const keys = ownedCases.map((c) => `${c.name}.${c.field}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'tasks.status',
        'tasks.points',
        'tasks.difficulty',
        'boards.status',
        'workers.payLevel',
        'workers.careerStage',
        'workers.postTier',
      ]),
    );
  });

  it('the schema publishes them as read-only (create-only for those a new record may set)', () => {
    for (const { name, field, mode } of ownedCases) {
      const f = fieldOf(name, field);
      expect([name, field, f.readOnly || (f as { createOnly?: boolean }).createOnly]).toEqual([
        name,
        field,
        true,
      ]);
      if (mode === 'always') expect([name, field, f.readOnly]).toEqual([name, field, true]);
    }
  });

  it.each(ownedCases.filter((c) => c.mode === 'always'))(
    'create refuses $name.$field',
    async ({ name, field }) => {
      const role = roleFor(name, 'create');
      if (!role) return;
      const value = otherValue(fieldOf(name, field), null);
      const res = await en(api(app, jwt[role]).post(`/api/panel/${name}`)).send({ [field]: value });
      expect([res.status, res.body.errors?.[field]]).toEqual([400, READ_ONLY]);
    },
  );

  it.each(ownedCases)('update refuses $name.$field ($mode)', async ({ name, field }) => {
    const role = roleFor(name, 'update');
    if (!role) return;
    const wf = workflows[name];
    const row = await recordIn(name, wf?.editableIn?.[0] ?? null);
    if (!row) return;
    const value = otherValue(fieldOf(name, field), row[field]);
    const res = await en(api(app, jwt[role]).put(`/api/panel/${name}/${String(row.documentId)}`)).send({
      [field]: value,
    });
    expect([res.status, res.body.errors?.[field]]).toEqual([400, READ_ONLY]);
  });
});
