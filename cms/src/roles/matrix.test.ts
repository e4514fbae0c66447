import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawContentType } from '../panel/model';
import { actionNames } from '../workflows';
import { actionsOf, MATRIX_VERSION, ROLE_INFO, ROLES, type RoleType } from './matrix';

const api = join(__dirname, '..', 'api');
const kinds = new Map(
  readdirSync(api).map((dir) => {
    const ct = JSON.parse(
      readFileSync(join(api, dir, 'content-types', dir, 'schema.json'), 'utf8'),
    ) as RawContentType;
    return [ct.info.singularName, ct] as const;
  }),
);

const ACTIONS: Record<RawContentType['kind'], string[]> = {
  collectionType: ['find', 'findOne', 'create', 'update', 'delete'],
  singleType: ['find', 'update', 'delete'],
};
const WRITES = ['create', 'update', 'delete'];

/** `api::worker.worker.find` → { type: 'worker', action: 'find' }. */
function parse(name: string): { type: string; action: string } | null {
  const m = /^api::([a-z-]+)\.([a-z-]+)\.(\w+)$/.exec(name);
  return m && m[1] === m[2] ? { type: m[1], action: m[3] } : null;
}

const grants = (role: RoleType) => actionsOf(role).flatMap((a) => parse(a) ?? []);
const can = (role: RoleType, type: string, action: string) =>
  grants(role).some((g) => g.type === type && g.action === action);

describe('actionsOf', () => {
  describe.each(ROLES)('for %s', (role) => {
    it('names only actions of content types that exist', () => {
      for (const name of actionsOf(role).filter((a) => a.startsWith('api::'))) {
        const grant = parse(name);
        expect({ name, valid: grant !== null }).toEqual({ name, valid: true });
        const ct = grant && kinds.get(grant.type);
        expect({ name, exists: Boolean(ct) }).toEqual({ name, exists: true });
        if (grant && ct)
          expect([...ACTIONS[ct.kind], ...actionNames(ct.info.pluralName)]).toContain(grant.action);
      }
    });

    it('lists each action once', () => expect(new Set(actionsOf(role)).size).toBe(actionsOf(role).length));

    it('may read what it may change', () => {
      for (const g of grants(role).filter((x) => WRITES.includes(x.action)))
        expect(can(role, g.type, 'find')).toBe(true);
    });

    it.each(['points-entry', 'audit-entry'])('never writes %s, which only the system appends', (type) => {
      for (const action of WRITES) expect(can(role, type, action)).toBe(false);
    });
  });

  it('writes to no append-only content type', () => {
    const appendOnly = [...kinds.values()]
      .filter((ct) => ct.pluginOptions?.panel?.appendOnly)
      .map((ct) => ct.info.singularName);
    expect(appendOnly).toEqual(expect.arrayContaining(['points-entry', 'audit-entry']));
    for (const role of ROLES) {
      expect(grants(role).filter((g) => appendOnly.includes(g.type) && WRITES.includes(g.action))).toEqual(
        [],
      );
    }
  });

  it.each<[RoleType]>([['member'], ['unit']])(
    'lets a %s create objections and change nothing else',
    (role) => {
      const writes = grants(role).filter((g) => WRITES.includes(g.action));
      expect(writes).toEqual([{ type: 'objection', action: 'create' }]);
      expect(actionsOf(role).some((a) => a.startsWith('plugin::'))).toBe(false);
    },
  );

  it.each(ROLES)('lets %s read the audit trail only if a supervisor', (role) => {
    expect(can(role, 'audit-entry', 'find')).toBe(role === 'supervisor');
    expect(can(role, 'audit-entry', 'findOne')).toBe(role === 'supervisor');
  });

  it.each(ROLES)('lets %s keep accounts only if a supervisor', (role) => {
    const accounts = actionsOf(role).filter((a) => a.startsWith('plugin::users-permissions.user.'));
    expect(accounts.sort()).toEqual(
      role === 'supervisor'
        ? ACTIONS.collectionType.map((a) => `plugin::users-permissions.user.${a}`).sort()
        : [],
    );
  });

  it('grants every content type to some role', () => {
    const granted = new Set(ROLES.flatMap((r) => grants(r).map((g) => g.type)));
    expect([...kinds.keys()].filter((t) => !granted.has(t))).toEqual([]);
  });

  it.each<[RoleType, string, string]>([
    ['staff', 'delete', 'worker'],
    ['publicity', 'delete', 'story'],
    ['publicity', 'create', 'honour'],
    ['supervisor', 'update', 'story'],
    ['supervisor', 'update', 'setting'],
    ['member', 'find', 'task'],
  ])('lets %s %s a %s', (role, action, type) => expect(can(role, type, action)).toBe(true));

  it.each<[RoleType, string, string]>([
    ['staff', 'create', 'honour'],
    ['staff', 'delete', 'story'],
    ['publicity', 'update', 'worker'],
    ['publicity', 'find', 'task'],
    ['supervisor', 'update', 'worker'],
    ['member', 'find', 'worker'],
    ['unit', 'update', 'task'],
  ])('does not let %s %s a %s', (role, action, type) => expect(can(role, type, action)).toBe(false));
});

describe('roles', () => {
  it.each(ROLES)('%s has a Chinese name and description', (role) =>
    expect(ROLE_INFO[role]).toEqual({
      name: expect.stringMatching(/\S/),
      description: expect.stringMatching(/\S/),
    }),
  );

  it('has a positive whole matrix version', () =>
    expect(Number.isSafeInteger(MATRIX_VERSION) && MATRIX_VERSION > 0).toBe(true));
});
