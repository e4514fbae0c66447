/**
 * Offered ⇔ accepted (issue 13): for every role, every resource with a workflow and every record of the
 * demo district the role can see, each record step, edit and delete the server offers on the record
 * (`_can`) is accepted, and each it does not offer is refused; `can.create` in the schema likewise. Every
 * attempt runs in a transaction that is rolled back, so the records stay as the demo left them.
 */
import path from 'path';
import { districtToday } from '@yanzhen/config';
import { createAccount, firstId, login } from '../helpers/session';
import { CMS } from '../helpers/env';
import { expectTotalsMatchLedger } from '../helpers/ledger';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Row = Record<string, unknown> & { id: string };
interface FieldLike {
  name: string;
  type: string;
  min?: number;
  max?: number;
  enum?: string[];
}
interface ResourceLike {
  name: string;
  fields: FieldLike[];
  field: Map<string, FieldLike>;
}
interface WorkflowLike {
  field?: string;
  record: Record<string, { takes?: Record<string, boolean> }>;
}
type Viewer = { role: string | null };
interface PanelLike {
  registry: { byName(name: string): ResourceLike | undefined };
  auth: { authenticate(header: string): Promise<Viewer> };
  workflows: Record<string, WorkflowLike>;
  service: {
    list(v: Viewer, r: ResourceLike, params: Record<string, unknown>): Promise<{ records: Row[] }>;
    update(v: Viewer, r: ResourceLike, id: string, body: unknown): Promise<unknown>;
    remove(v: Viewer, r: ResourceLike, id: string): Promise<unknown>;
    checkCreate(v: Viewer, r: ResourceLike, body: unknown): Promise<unknown>;
  };
  actions: {
    onRecord(v: Viewer, r: ResourceLike, id: string, action: string, body: unknown): Promise<unknown>;
  };
}
interface Refusal {
  status: number;
  code: string;
}

const ROLES = [
  'staff',
  'publicity',
  'supervisor',
  'member',
  'unit',
  'clerk',
  'town-supervisor',
  'community-supervisor',
];

let app: TestApp;
let panel: PanelLike;
const viewers: Record<string, Viewer> = {};
let someMember = '';
let someUnit = '';

beforeAll(async () => {
  app = await startStrapi();
  // The panel the server runs (its module as Strapi loaded it from the build).
  const context = jest.requireActual(path.join(CMS, 'dist/src/panel/context.js')) as {
    panelOf(s: unknown): PanelLike;
  };
  panel = context.panelOf(app.strapi);
  const town = await firstId(app.strapi, 'api::town.town', { name: '城关街道' });
  await createAccount(app.strapi, 'town-supervisor', { role: 'supervisor', scopeTown: town });
  // A community's supervisor sees its secondments but does not decide them (镇党委审核).
  const community = await firstId(app.strapi, 'api::community.community', { town: { documentId: town } });
  await createAccount(app.strapi, 'community-supervisor', { role: 'supervisor', scopeCommunity: community });
  for (const role of ROLES) viewers[role] = await panel.auth.authenticate(`Bearer ${await login(app, role)}`);
  someMember = await firstId(app.strapi, 'api::party-member.party-member', {});
  someUnit = await firstId(app.strapi, 'api::partner-unit.partner-unit', {});
}, 300_000);
// Whatever a test appended, the per-quarter totals still equal the ledger's sums.
afterEach(() => expectTotalsMatchLedger(app.strapi));
afterAll(() => app.stop());

class RollBack extends Error {}

/** What the server answers to `attempt`, with everything it wrote rolled back: null when accepted. */
async function answer(attempt: () => Promise<unknown>): Promise<Refusal | null> {
  try {
    await app.strapi.db.transaction(async () => {
      await attempt();
      throw new RollBack();
    });
  } catch (e) {
    if (e instanceof RollBack) return null;
    const err = e as { status?: number; code?: string; name?: string };
    if (typeof err.status !== 'number' || typeof err.code !== 'string') throw e;
    return { status: err.status ?? 0, code: String(err.code) };
  }
  throw new Error('unreachable');
}

/** A valid value for each required field a step takes (the input is not what this test is about). */
function inputFor(r: ResourceLike, takes: Record<string, boolean>, record: Row, role: string) {
  const body: Record<string, unknown> = {};
  for (const [name, required] of Object.entries(takes)) {
    const f = r.field.get(name);
    if (!required || !f) continue;
    if (f.type === 'integer' || f.type === 'decimal')
      body[name] = Math.min(f.max ?? 80, Math.max(f.min ?? 0, 80));
    else if (f.type === 'date') body[name] = districtToday();
    else if (f.type === 'datetime') body[name] = new Date().toISOString();
    else if (f.type === 'boolean') body[name] = false;
    else if (f.type === 'enumeration') body[name] = f.enum?.[0];
    else body[name] = '矩阵测试：按规定办理';
  }
  // Staff record a claim for a member (small task) or a unit (big task).
  if (r.name === 'tasks' && takes.claimantMember !== undefined && !['member', 'unit'].includes(role)) {
    if (record.tier === 'small') body.claimantMember = someMember;
    else body.claimantUnit = someUnit;
  }
  return body;
}

/** A few records of each kind: per state, per what is offered, per tier and whether the viewer holds it. */
function sample(records: Row[], field: string | undefined): Row[] {
  const seen = new Map<string, number>();
  return records.filter((x) => {
    const key = JSON.stringify([field && x[field], x._can, x.tier, x.publicationState]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n < 2;
  });
}

describe('what the panel offers is what the server accepts', () => {
  it('for every record step, edit and delete, for every role', async () => {
    const mismatches: string[] = [];
    const tally = { offered: 0, refused: 0 };
    for (const role of ROLES) {
      const viewer = viewers[role];
      for (const [name, wf] of Object.entries(panel.workflows)) {
        const r = panel.registry.byName(name);
        if (!r) continue;
        let records: Row[];
        try {
          ({ records } = await panel.service.list(viewer, r, { range: '[0,199]' }));
        } catch {
          continue; // the role cannot read this resource: it is offered nothing on it
        }
        for (const record of sample(records, wf.field)) {
          const can = (record._can as string[]) ?? [];
          const tries: [string, () => Promise<unknown>][] = [
            ...Object.entries(wf.record).map(
              ([step, t]) =>
                [
                  step,
                  () =>
                    panel.actions.onRecord(
                      viewer,
                      r,
                      record.id,
                      step,
                      inputFor(r, t.takes ?? {}, record, role),
                    ),
                ] as [string, () => Promise<unknown>],
            ),
            ['update', () => panel.service.update(viewer, r, record.id, {})],
            ['delete', () => panel.service.remove(viewer, r, record.id)],
          ];
          for (const [action, attempt] of tries) {
            const refused = await answer(attempt);
            if (refused?.status === 400) {
              mismatches.push(`${role} ${name} ${action}: the test's input was refused (${refused.code})`);
              continue;
            }
            // A record others still point to is not deleted; that is not a question of who asks.
            const accepted = !refused || refused.code === 'in_use';
            const offered = can.includes(action);
            tally[offered ? 'offered' : 'refused'] += 1;
            if (offered !== accepted) {
              const state = wf.field ? String(record[wf.field]) : String(record.publicationState);
              mismatches.push(
                `${role} ${name}#${record.id} (${state}) ${action}: offered ${offered}, ${
                  refused ? `refused ${refused.status} ${refused.code}` : 'accepted'
                }`,
              );
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    // The demo district gives both answers plenty of cases.
    expect(tally.offered).toBeGreaterThan(50);
    expect(tally.refused).toBeGreaterThan(50);
  }, 600_000);

  it('offers 新建 exactly where a create is allowed, for every resource and role', async () => {
    const schema = await Promise.all(
      ROLES.map(async (role) => {
        const res = await fetch(`${app.url}/api/panel/schema`, {
          headers: { authorization: `Bearer ${await login(app, role)}` },
        });
        return {
          role,
          body: (await res.json()) as { resources: { name: string; can: { create: boolean } }[] },
        };
      }),
    );
    const mismatches: string[] = [];
    for (const { role, body } of schema) {
      for (const s of body.resources) {
        const r = panel.registry.byName(s.name);
        if (!r) continue;
        // An empty body: a permitted create fails on its fields (400), a refused one on who is asking (403).
        const refused = await answer(() => panel.service.checkCreate(viewers[role], r, {}));
        const accepted = !refused || refused.status !== 403;
        if (s.can.create !== accepted) {
          mismatches.push(
            `${role} ${s.name}: offered ${s.can.create}, ${refused ? refused.code : 'accepted'}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
