/**
 * The access matrix, generated: for every resource in `GET /api/panel/schema` and every demo role, list,
 * one, create, update and delete are refused (403) exactly where the README's matrix and the schema's
 * `can` flags say so; a community clerk never receives another community's record from any
 * community-scoped resource (list, filter by id, search, GET by id); members and units see only their
 * own entries, objections, commendations and claims. New resources are covered as they are added.
 */
import fs from 'fs';
import path from 'path';
import { ROOT } from '../helpers/env';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

const ROLES = ['staff', 'clerk', 'publicity', 'supervisor', 'member', 'unit'] as const;
type Role = (typeof ROLES)[number];
type Action = 'find' | 'findOne' | 'create' | 'update' | 'delete';
interface Field {
  name: string;
  type: string;
  relation?: { resource: string; many: boolean; inverse: boolean };
  required: boolean;
}
interface Resource {
  name: string;
  kind: string;
  appendOnly: boolean;
  searchable: string[];
  can: Record<Action, boolean>;
  fields: Field[];
}
type Row = Record<string, unknown> & { id: string };

let app: TestApp;
const as = {} as Record<Role, ReturnType<typeof api>>;
const schema = {} as Record<Role, Resource[]>;
const me = {} as Record<
  Role,
  {
    member: string | null;
    unit: string | null;
    scope: { id: string | null };
    permissions: Record<string, string[]>;
  }
>;
const all: Record<string, Row[]> = {}; // every record, as the district supervisor lists them
const probes = { tried: 0, held: 0 };
const MISSING = 'nosuchrecord000000000000';
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));

/** The README's "Who may do what" table: resource → role → letters (the clerk is a staff account). */
function readmeMatrix(): Record<string, Record<string, string>> {
  const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = text.slice(text.indexOf('## Who may do what'));
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  const head = lines[0].split('|').map((c) => c.trim());
  const out: Record<string, Record<string, string>> = {};
  for (const line of lines.slice(2)) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length !== head.length) break; // the next table
    out[cells[1]] = Object.fromEntries(head.slice(3, -1).map((role, i) => [role, cells[i + 3]]));
  }
  return out;
}

/** A probe: counts it, and returns a failure line when the answer is not the one expected. */
function probe(what: string, ok: boolean, got: unknown): string[] {
  probes.tried += 1;
  if (ok) probes.held += 1;
  return ok ? [] : [`${what}: got ${JSON.stringify(got)}`];
}

/** Every record a role may list (in pages of the panel's maximum), or the refusal. */
async function list(
  role: Role,
  resource: string,
  filter?: unknown,
): Promise<{ status: number; body: Row[] }> {
  const f = filter === undefined ? '' : `&filter=${q(filter)}`;
  const body: Row[] = [];
  for (let from = 0; ; from += 1000) {
    const res = await as[role].get(`/api/panel/${resource}?range=[${from},${from + 999}]${f}`);
    if (res.status !== 200) return { status: res.status, body: [] };
    body.push(...(res.body as Row[]));
    if (res.body.length < 1000) return { status: 200, body };
  }
}

beforeAll(async () => {
  app = await startStrapi();
  for (const role of ROLES) {
    as[role] = api(app, await login(app, role));
    schema[role] = (await as[role].get('/api/panel/schema')).body.resources;
    me[role] = (await as[role].get('/api/panel/me')).body;
  }
  for (const r of schema.supervisor) if (r.can.find) all[r.name] = (await list('supervisor', r.name)).body;
});
afterAll(async () => {
  console.log(`access.test: ${probes.tried} access probes tried, ${probes.held} held`);
  await app.stop();
});

const supervisorResources = () => new Map(schema.supervisor.map((r) => [r.name, r]));

describe('the matrix', () => {
  const matrix = readmeMatrix();
  const letter: Record<Action, string> = { find: 'R', findOne: 'R', create: 'C', update: 'U', delete: 'D' };
  const column = (role: Role) => (role === 'clerk' ? 'staff' : role);

  it('the schema’s can flags and /me are the README’s matrix, for every role and resource', () => {
    const failures = ROLES.flatMap((role) =>
      schema[role].flatMap((r) => {
        const cell = matrix[r.name]?.[column(role)];
        const granted = me[role].permissions[r.name] ?? [];
        // A community clerk makes records of their own community only: not the district's (trainings,
        // boards), nor a new community.
        const scopeMakes = role !== 'clerk' || (communityPath(r, supervisorResources()) ?? []).length > 0;
        return (Object.keys(letter) as Action[]).flatMap((a) => {
          const promised = cell !== undefined && cell.includes(letter[a]);
          const offered = promised && (a !== 'create' || scopeMakes);
          // A single type has one read permission; accounts are not an api:: content type in /me.
          const name = r.kind === 'singleType' && a === 'findOne' ? 'find' : a;
          const inMe =
            r.name === 'users'
              ? []
              : probe(`${role} ${r.name} /me ${a}`, granted.includes(name) === promised, granted);
          return [
            ...inMe,
            ...probe(
              `${role} ${r.name} can.${a} (README ${cell})`,
              r.can[a] === offered && !(r.appendOnly && a !== 'find' && a !== 'findOne' && r.can[a]),
              r.can[a],
            ),
          ];
        });
      }),
    );
    expect(Object.keys(matrix).sort()).toEqual(schema.supervisor.map((r) => r.name).sort());
    expect(failures).toEqual([]);
  });

  it.each(ROLES)('%s: 403 exactly where the matrix refuses', async (role) => {
    const failures: string[] = [];
    for (const r of schema[role]) {
      const sample = all[r.name]?.[0]?.id ?? MISSING;
      const call = {
        find: () => as[role].get(`/api/panel/${r.name}?range=[0,0]`),
        findOne: () => as[role].get(`/api/panel/${r.name}/${sample}`),
        create: () => as[role].post(`/api/panel/${r.name}`).send({}),
        // Allowed writes go to a record that does not exist, so that the matrix changes nothing.
        update: () => as[role].put(`/api/panel/${r.name}/${r.can.update ? MISSING : sample}`).send({}),
        delete: () => as[role].delete(`/api/panel/${r.name}/${r.can.delete ? MISSING : sample}`),
      };
      for (const a of Object.keys(call) as Action[]) {
        const res = await call[a]();
        const what = `${role} ${a} ${r.name}`;
        if (!r.can[a]) failures.push(...probe(what, res.status === 403, [res.status, res.body?.message]));
        else
          failures.push(
            ...probe(what, res.status !== 403 && res.status < 500, [res.status, res.body?.message]),
          );
      }
    }
    expect(failures).toEqual([]);
  });
});

/** The field (or two hops) that ties a resource to a community, like cms/src/panel/scope.ts finds it. */
function communityPath(r: Resource, byName: Map<string, Resource>): string[] | null {
  const direct = (x: Resource) => {
    const links = x.fields
      .filter((f) => f.relation && !f.relation.inverse && f.relation.resource === 'communities')
      .sort((a, b) => Number(b.required) - Number(a.required));
    return (links.find((f) => !f.relation?.many) ?? links[0])?.name ?? null;
  };
  if (r.name === 'communities') return [];
  const own = direct(r);
  if (own) return [own];
  const hops = r.fields
    .filter((f) => f.relation && !f.relation.many && !f.relation.inverse && f.relation.resource !== r.name)
    .sort((a, b) => Number(b.required) - Number(a.required));
  for (const hop of hops) {
    const target = byName.get(hop.relation?.resource ?? '');
    const next = target && direct(target);
    if (next) return [hop.name, next];
  }
  return null;
}

describe('a community clerk (和平社区) never receives another community’s record', () => {
  const byName = () => new Map(schema.supervisor.map((r) => [r.name, r]));
  const scoped = () =>
    schema.clerk.filter((r) => r.can.find && r.name !== 'towns' && communityPath(r, byName()) !== null);

  /** The communities a record belongs to, following the path through the supervisor's lists. */
  function communities(r: Resource, row: Row): string[] {
    const p = communityPath(r, byName()) as string[];
    if (!p.length) return [row.id];
    let ids = [row[p[0]]].flat().filter(Boolean) as string[];
    if (p.length === 2) {
      const via = new Map(
        (
          all[byName().get(r.fields.find((f) => f.name === p[0])?.relation?.resource ?? '')?.name ?? ''] ?? []
        ).map((x) => [x.id, x]),
      );
      ids = ids.flatMap((id) => [via.get(id)?.[p[1]]].flat().filter(Boolean) as string[]);
    }
    return ids;
  }

  it('covers the community-scoped resources', () => {
    console.log(
      `access.test: community-scoped resources: ${scoped()
        .map((r) => r.name)
        .join(', ')}`,
    );
    expect(scoped().map((r) => r.name)).toEqual(
      expect.arrayContaining(['workers', 'grids', 'compounds', 'branches']),
    );
  });

  it('by list, filter by id, search and GET by id', async () => {
    const heping = me.clerk.scope.id as string;
    expect(heping).toBeTruthy();
    const failures: string[] = [];
    const start = probes.tried;
    const inScope = (r: Resource, row: Row) => communities(r, row).includes(heping);
    for (const r of scoped()) {
      const foreign = (all[r.name] ?? []).filter((row) => !inScope(r, row)).slice(0, 5);
      const seen = await list('clerk', r.name);
      const leaked = seen.body.filter((row) => !inScope(r, row)).map((row) => row.id);
      failures.push(...probe(`clerk lists ${r.name}`, seen.status === 200 && leaked.length === 0, leaked));
      if (!foreign.length) continue;
      const byId = await list('clerk', r.name, { id: foreign.map((f) => f.id) });
      failures.push(
        ...probe(
          `clerk filters ${r.name} by foreign ids`,
          byId.status === 200 && byId.body.length === 0,
          byId.body.map((x) => x.id),
        ),
      );
      const field = r.searchable[0];
      const term = field && typeof foreign[0][field] === 'string' ? (foreign[0][field] as string) : null;
      if (term) {
        const found = await list('clerk', r.name, { q: term });
        const out = found.body.filter((row) => !inScope(r, row)).map((row) => row.id);
        failures.push(
          ...probe(`clerk searches ${r.name} for ${term}`, found.status === 200 && out.length === 0, out),
        );
      }
      for (const f of foreign) {
        const one = await as.clerk.get(`/api/panel/${r.name}/${f.id}`);
        failures.push(...probe(`clerk GET ${r.name}/${f.id}`, one.status === 404, one.status));
      }
    }
    console.log(`access.test: clerk scope, ${probes.tried - start} probes, ${failures.length} failed`);
    expect(failures).toEqual([]);
  });
});

describe('members and units see only what is theirs', () => {
  const OWN: Record<string, { member: string; unit: string }> = {
    'points-entries': { member: 'holderMember', unit: 'holderUnit' },
    objections: { member: 'holderMember', unit: 'holderUnit' },
    commendations: { member: 'recipientMember', unit: 'recipientUnit' },
  };

  it.each(['member', 'unit'] as const)(
    '%s: own entries, objections, commendations and claims',
    async (role) => {
      const mine = (role === 'member' ? me.member.member : me.unit.unit) as string;
      expect(mine).toBeTruthy();
      const failures: string[] = [];
      const start = probes.tried;
      for (const [resource, fields] of Object.entries(OWN)) {
        const field = fields[role];
        const seen = await list(role, resource);
        const leaked = seen.body.filter((row) => row[field] !== mine).map((row) => row.id);
        failures.push(
          ...probe(`${role} lists ${resource}`, seen.status === 200 && leaked.length === 0, leaked),
        );
        const others = (all[resource] ?? []).filter((row) => row[field] !== mine).slice(0, 5);
        if (!others.length) continue;
        const byId = await list(role, resource, { id: others.map((o) => o.id) });
        failures.push(
          ...probe(
            `${role} filters ${resource} by others' ids`,
            byId.body.length === 0,
            byId.body.map((x) => x.id),
          ),
        );
        for (const o of others) {
          const one = await as[role].get(`/api/panel/${resource}/${o.id}`);
          failures.push(...probe(`${role} GET ${resource}/${o.id}`, one.status === 404, one.status));
        }
      }
      // Tasks: the open board, as the public sees it, and their own claims; no one else's past claims.
      const claimant = role === 'member' ? 'claimantMember' : 'claimantUnit';
      const open = new Set((all.boards ?? []).filter((b) => b.status === 'open').map((b) => b.id));
      const tasks = await list(role, 'tasks');
      const leaked = tasks.body
        .filter((t) => !open.has(t.board as string) && t[claimant] !== mine)
        .map((t) => t.id);
      failures.push(...probe(`${role} lists tasks`, tasks.status === 200 && leaked.length === 0, leaked));
      const othersClaims = (all.tasks ?? [])
        .filter((t) => !open.has(t.board as string) && t[claimant] !== mine)
        .slice(0, 5);
      for (const t of othersClaims) {
        const one = await as[role].get(`/api/panel/tasks/${t.id}`);
        failures.push(...probe(`${role} GET tasks/${t.id}`, one.status === 404, one.status));
      }
      console.log(
        `access.test: ${role} ownership, ${probes.tried - start} probes, ${failures.length} failed`,
      );
      expect(failures).toEqual([]);
    },
  );
});
