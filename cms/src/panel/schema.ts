/** `GET /api/panel/schema`: every resource the panel can show, its fields and labels, and what the viewer may do. */
import {
  catalogs,
  CRUD,
  type Crud,
  type FieldSchema,
  type Labels,
  type Locale,
  type Me,
  type PanelSchema,
} from '@yanzhen/config';
import { permissionName } from './access';
import { GROUPS } from './groups';
import type { Field, Resource } from './model';
import { stepsOf } from './offers';
import type { Registry } from './registry';
import type { Viewer } from './viewer';
import type { OwnMode, Workflow } from './workflow';

const LOCALES: Locale[] = ['zh', 'en'];

const labelsOf = (pick: (l: Locale) => string | undefined, fallback: string): Labels =>
  Object.fromEntries(LOCALES.map((l) => [l, pick(l) ?? fallback])) as Labels;

/** The first record step of a workflow that takes each field, by field name. */
function stepsTaking(wf: Workflow | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, t] of Object.entries(wf?.record ?? {}))
    for (const field of Object.keys(t.takes ?? {})) if (!out.has(field)) out.set(field, name);
  return out;
}

function fieldSchema(
  resource: Resource,
  f: Field,
  registry: Registry,
  owned?: OwnMode,
  step?: string,
): FieldSchema {
  const res = (l: Locale) => catalogs[l].resources[resource.name];
  const list = f.choicesFrom ? registry.byUid(f.choicesFrom) : undefined;
  return {
    name: f.name,
    type: f.type,
    required: f.required,
    unique: f.unique,
    readOnly: f.readOnly || owned === 'always',
    ...(owned === 'update' && { createOnly: true }),
    ...(step && { step }),
    ...(f.writeOnly && { writeOnly: true }),
    ...(f.min !== undefined && { min: f.min }),
    ...(f.max !== undefined && { max: f.max }),
    ...(f.minLength !== undefined && { minLength: f.minLength }),
    ...(f.maxLength !== undefined && { maxLength: f.maxLength }),
    ...(f.regex && { regex: f.regex }),
    ...(f.default !== undefined && { default: f.default }),
    ...(f.mask && { mask: f.mask }),
    ...(f.format && { format: f.format }),
    ...(f.enum && {
      choices: f.enum.map((id) => ({
        id,
        labels: labelsOf(
          (l) => (f.listOf ? catalogs[l].lists[f.listOf]?.[id] : res(l)?.choices?.[f.name]?.[id]),
          id,
        ),
      })),
    }),
    ...(f.relation && {
      relation: {
        resource: registry.byUid(f.relation.uid)?.name ?? f.relation.uid,
        many: f.relation.many,
        inverse: f.relation.inverse,
      },
    }),
    ...(f.media && { media: f.media }),
    ...(list && { choicesFrom: { resource: list.name, field: list.mainField } }),
    labels: labelsOf((l) => res(l)?.fields[f.name] ?? catalogs[l].common[f.name], f.name),
  };
}

export interface SchemaSources {
  /** The fields workflows own, by resource (read-only; `createOnly` when a new record may set them, after which only the workflow changes them). */
  owned?: Map<string, Map<string, OwnMode>>;
  workflows?: Record<string, Workflow>;
  /** Whether the viewer's scope lets them make records of a resource (access.ts). */
  mayCreateIn?: (viewer: Viewer, r: Resource) => boolean;
}

export function panelSchema(
  registry: Registry,
  viewer: Viewer,
  { owned = new Map(), workflows = {}, mayCreateIn = () => true }: SchemaSources = {},
): PanelSchema {
  const may = (r: Resource, a: Crud) =>
    viewer.permissions.has(permissionName(r, a)) &&
    !(r.appendOnly && a !== 'find' && a !== 'findOne') &&
    (a !== 'create' || mayCreateIn(viewer, r));
  const taking = new Map(Object.entries(workflows).map(([name, wf]) => [name, stepsTaking(wf)]));
  return {
    groups: { zh: catalogs.zh.groups, en: catalogs.en.groups },
    resources: registry.resources.map((r) => ({
      name: r.name,
      kind: r.kind,
      group: GROUPS[r.name] ?? 'other',
      draftAndPublish: r.draftAndPublish,
      appendOnly: r.appendOnly,
      mainField: r.mainField,
      searchable: r.searchable,
      labels: labelsOf((l) => catalogs[l].resources[r.name]?.name, r.name),
      can: Object.fromEntries(CRUD.map((a) => [a, may(r, a)])) as Record<Crud, boolean>,
      steps: stepsOf(viewer, r, workflows[r.name]),
      fields: r.fields.map((f) =>
        fieldSchema(r, f, registry, owned.get(r.name)?.get(f.name), taking.get(r.name)?.get(f.name)),
      ),
    })),
  };
}

/** The five record actions in their usual order, then the workflow actions alphabetically. */
const byKind = (a: string, b: string): number => {
  const rank = (x: string) => (CRUD as readonly string[]).indexOf(x);
  const [i, j] = [rank(a), rank(b)].map((k) => (k < 0 ? CRUD.length : k));
  return i - j || a.localeCompare(b);
};

/** `GET /api/panel/me`. Actions come in a fixed order, whatever order the database keeps them in. */
export function me(viewer: Viewer, registry: Registry): Me {
  const permissions: Record<string, string[]> = {};
  for (const p of viewer.permissions) {
    const m = /^(api::[\w-]+\.[\w-]+)\.(\w+)$/.exec(p);
    const r = m && registry.byUid(m[1]);
    if (r && m) (permissions[r.name] ??= []).push(m[2]);
  }
  for (const list of Object.values(permissions)) list.sort(byKind);
  const s = viewer.scope;
  return {
    id: viewer.id,
    username: viewer.username,
    role: viewer.role,
    scope:
      s.level === 'district'
        ? { level: 'district', id: null, name: null }
        : { level: s.level, id: s.level === 'town' ? s.townId : s.communityId, name: s.name },
    member: viewer.memberId,
    unit: viewer.unitId,
    permissions,
  };
}
