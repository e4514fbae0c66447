/**
 * The panel's five operations over any resource: list, one, create, update, delete. Every call checks
 * the role's permission, the scope and ownership; every write runs in one transaction with its audit entry.
 */
import { districtToday } from '@yanzhen/config';
import type { Core } from '@strapi/strapi';
import { and, assertCan, ownerStamp, type Access } from './access';
import { diff, writeAudit } from './audit';
import { PanelError, validationError } from './errors';
import type { Resource } from './model';
import { createOffers } from './offers';
import { createPublication } from './publication';
import { parseList } from './query';
import type { Registry } from './registry';
import { toRecord, mask, type PanelRecord, type Row } from './serialize';
import { checkBody, checkRecord, type Checked } from './validate';
import { mayReveal, type Viewer } from './viewer';
import { ownedFields, type Workflow } from './workflow';

type Uid = Parameters<Core.Strapi['documents']>[0];

const FILE_FIELDS = ['id', 'url', 'name', 'mime', 'width', 'height'];

export function createService(
  strapi: Core.Strapi,
  registry: Registry,
  access: Access,
  workflows: Record<string, Workflow> = {},
) {
  const query = (uid: string) => strapi.db.query(uid as Uid);
  const owned = ownedFields(workflows);
  const { versionWhere, withPublication, publicationFilter } = createPublication(query);
  const offers = createOffers(strapi, access, workflows);

  /**
   * What to read for a resource: scalars plus relations as ids and files as small objects. Lists leave
   * out the inverse side of relations (a recruitment's hires, a board's tasks): one record shows them.
   * A record just created reads only the relations and files its write named: the others are empty.
   */
  function shape(resource: Resource, view: 'list' | 'one' | Set<string> = 'one') {
    const adapter = registry.adapterOf(resource);
    const select = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt'];
    const populate: Record<string, { select: string[] }> = { ...adapter?.populate };
    const left = (f: Resource['fields'][number]) =>
      view === 'list'
        ? f.relation?.inverse
        : view instanceof Set && (f.relation || f.media) && !view.has(f.name);
    for (const f of resource.fields) {
      if (adapter?.omit.includes(f.name) || left(f)) continue;
      if (f.relation) populate[f.name] = { select: ['documentId'] };
      else if (f.media) populate[f.name] = { select: FILE_FIELDS };
      else select.push(f.name);
    }
    return { select, populate };
  }

  const read = (r: Resource, row: Row): Row => registry.adapterOf(r)?.read(row) ?? row;

  async function written(r: Resource, checked: Checked, mode: 'create' | 'update') {
    const adapter = registry.adapterOf(r);
    const data = adapter ? await adapter.write(checked.data, mode, checked) : checked.data;
    failOnIssues(r, checked);
    return data;
  }

  /** A page of a list; `reveal` (an export by staff or a supervisor) gives ID numbers and phones whole. */
  async function list(
    viewer: Viewer,
    r: Resource,
    params: Record<string, unknown>,
    { reveal = false }: { reveal?: boolean } = {},
  ) {
    assertCan(viewer, r, 'find');
    const { params: rest, where: published } = await publicationFilter(r, params);
    const q = parseList(r, rest, registry.mainFieldOf);
    const where = and(q.where, await access.readWhere(viewer, r), versionWhere(r), published);
    const [rows, total] = await Promise.all([
      query(r.uid).findMany({
        ...shape(r, 'list'),
        where,
        orderBy: q.orderBy,
        offset: q.offset,
        limit: q.limit,
      }),
      query(r.uid).count({ where }),
    ]);
    const records = await withPublication(
      r,
      (rows as Row[]).map((row) => toRecord(r, read(r, row), reveal && mayReveal(viewer))),
    );
    return { records: await offers.attach(viewer, r, records), total: Number(total), offset: q.offset };
  }

  async function find(
    viewer: Viewer,
    r: Resource,
    id: string,
    view: 'one' | Set<string> = 'one',
  ): Promise<PanelRecord> {
    const where = and({ documentId: id }, await access.readWhere(viewer, r), versionWhere(r));
    const row = (await query(r.uid).findOne({ ...shape(r, view), where })) as Row | null;
    if (!row) throw new PanelError(404, 'not_found', { id, resource: { resource: r.name } });
    return read(r, row) as PanelRecord;
  }

  /** A row as this viewer may see it, with what they may do to it now. */
  async function present(viewer: Viewer, r: Resource, row: Row): Promise<PanelRecord> {
    const [record] = await withPublication(r, [toRecord(r, row, mayReveal(viewer))]);
    const [offered] = await offers.attach(viewer, r, [record]);
    return offered;
  }

  /** A record as a workflow step judges it: unmasked, with its publication state. */
  async function stated(r: Resource, row: Row): Promise<PanelRecord> {
    const [record] = await withPublication(r, [toRecord(r, row, true)]);
    return record;
  }

  async function one(viewer: Viewer, r: Resource, id: string): Promise<PanelRecord> {
    assertCan(viewer, r, 'findOne');
    return present(viewer, r, await find(viewer, r, id));
  }

  /**
   * Related records and files exist; a text kept to a list names a record of that list (or is the value
   * the record already holds: a group since renamed stays on the tasks it collected); unique values are free.
   */
  async function verify(
    r: Resource,
    checked: Checked,
    selfId: string | null,
    before: Row = {},
  ): Promise<void> {
    for (const rel of checked.relations) {
      const found = (await query(rel.uid).findMany({
        where: { documentId: { $in: rel.ids } },
        select: ['documentId'],
      })) as Row[];
      const missing = rel.ids.filter((id) => !found.some((f) => f.documentId === id));
      const target = registry.byUid(rel.uid)?.name ?? rel.uid;
      if (missing.length)
        checked.issues[rel.field] = {
          code: 'relation_missing',
          params: { ids: missing.join(', '), target: { resource: target } },
        };
    }
    for (const file of checked.files) {
      const found = (await query('plugin::upload.file').findMany({
        where: { id: { $in: file.ids } },
        select: ['id'],
      })) as Row[];
      const missing = file.ids.filter((id) => !found.some((f) => f.id === id));
      if (missing.length)
        checked.issues[file.field] = { code: 'media_missing', params: { ids: missing.join(', ') } };
    }
    for (const n of checked.named) {
      const list = registry.byUid(n.uid);
      if (!list || n.value === before[n.field]) continue;
      const found = await query(n.uid).findOne({ where: { [list.mainField]: n.value }, select: ['id'] });
      if (!found)
        checked.issues[n.field] = {
          code: 'choice_missing',
          params: { value: n.value, target: { resource: list.name } },
        };
    }
    failOnIssues(r, checked);
    for (const u of checked.unique) {
      const taken = await query(r.uid).findOne({
        where: and({ [u.field]: u.value }, selfId ? { documentId: { $ne: selfId } } : null),
        select: ['id'],
      });
      if (taken) {
        throw new PanelError(
          409,
          'conflict_unique',
          { field: { resource: r.name, field: u.field }, value: String(u.value) },
          { [u.field]: { code: 'unique', params: { value: String(u.value) } } },
        );
      }
    }
  }

  /** The checks across fields, on the record as this write leaves it; a field's own issue comes first. */
  function judgeRecord(r: Resource, checked: Checked, before: Row): void {
    const written = new Set(Object.keys(checked.data));
    const issues = checkRecord(r, { ...before, ...checked.data }, written, districtToday());
    for (const [field, issue] of Object.entries(issues)) checked.issues[field] ??= issue;
  }

  function failOnIssues(r: Resource, checked: Checked): void {
    if (Object.keys(checked.issues).length) throw validationError(r.name, checked.issues);
  }

  const assertMutable = (r: Resource) => {
    if (r.appendOnly) throw new PanelError(403, 'append_only', { resource: { resource: r.name } });
  };

  /** A workflow may lock a record against plain edits once it leaves its editable states (approved …). */
  const assertEditable = (r: Resource, row: Row) => {
    const { field, editableIn } = workflows[r.name] ?? {};
    const state = field ? String(row[field]) : '';
    if (field && editableIn && !editableIn.includes(state)) {
      throw new PanelError(409, 'locked', { state: { resource: r.name, field, value: state } });
    }
  };

  /**
   * Fields a workflow owns are not plain writes: on create those it always owns are refused (the state
   * field takes its default); on update any owned field sent with a new value. An unchanged echo passes.
   */
  function refuseOwned(r: Resource, body: unknown, checked: Checked, before: PanelRecord | null): void {
    const fields = owned.get(r.name);
    if (!fields || typeof body !== 'object' || body === null) return;
    for (const [key, value] of Object.entries(body as Row)) {
      const mode = fields.get(key);
      if (!mode || value === undefined) continue;
      if (!before && mode !== 'always') continue;
      if (before && JSON.stringify(value ?? null) === JSON.stringify(before[key] ?? null)) {
        delete checked.data[key];
        continue;
      }
      checked.issues[key] = { code: 'read_only' };
    }
  }

  async function create(viewer: Viewer, r: Resource, body: unknown): Promise<PanelRecord> {
    return one(viewer, r, await createDocument(viewer, r, body));
  }

  /** A create, answering only the new record's documentId (an import needs no more). */
  async function createDocument(viewer: Viewer, r: Resource, body: unknown): Promise<string> {
    const data = await checkCreate(viewer, r, body);
    return strapi.db.transaction(async () => {
      const doc = await strapi.documents(r.uid as Uid).create({ data });
      const after = toRecord(r, await justCreated(viewer, r, doc.documentId, data), true);
      await writeAudit(strapi, { viewer, action: 'create', resource: r, recordId: doc.documentId, after });
      return doc.documentId;
    });
  }

  /**
   * Every check of a create — permission, fields, record rules, relations, unique values, scope, the
   * workflow — without the write: the data the write would send. The hooks run with the write itself.
   */
  async function checkCreate(viewer: Viewer, r: Resource, body: unknown): Promise<Row> {
    assertCan(viewer, r, 'create');
    assertMutable(r);
    if (!access.mayCreateIn(viewer, r)) throw new PanelError(403, 'forbidden_scope');
    const checked = checkBody(r, body, 'create');
    refuseOwned(r, body, checked, null);
    Object.assign(checked.data, ownerStamp(r, viewer));
    judgeRecord(r, checked, {});
    failOnIssues(r, checked);
    await verify(r, checked, null);
    await access.assertWritable(viewer, r, checked.data, null);
    await workflows[r.name]?.beforeCreate?.({
      strapi,
      viewer,
      resource: r,
      input: checked.data,
      now: new Date(),
    });
    if (r.kind === 'singleType' && (await query(r.uid).count({}))) {
      throw new PanelError(409, 'single_exists', { resource: { resource: r.name } });
    }
    return written(r, checked, 'create');
  }

  /**
   * A record just created, as `find` reads it, without reading the relations and files its write left
   * empty (a worker has seven; a row of an import names one). `data` holds what the hooks derived too.
   */
  async function justCreated(viewer: Viewer, r: Resource, id: string, data: Row): Promise<Row> {
    const named = new Set(Object.keys(data));
    const row: Row = await find(viewer, r, id, named);
    const omit = registry.adapterOf(r)?.omit ?? [];
    for (const f of r.fields) {
      if (!(f.relation || f.media) || f.name in row || omit.includes(f.name)) continue;
      row[f.name] = f.relation?.many || f.media?.multiple ? [] : null;
    }
    return row;
  }

  /** A masked value sent back unchanged (from a list the viewer saw masked) is not a change. */
  function dropMaskedEchoes(r: Resource, body: unknown, current: Row): unknown {
    if (typeof body !== 'object' || body === null) return body;
    const out = { ...(body as Row) };
    for (const f of r.fields) {
      if (
        f.mask &&
        f.name in out &&
        out[f.name] !== current[f.name] &&
        out[f.name] === mask(f.mask, current[f.name])
      ) {
        delete out[f.name];
      }
    }
    return out;
  }

  async function update(viewer: Viewer, r: Resource, id: string, body: unknown): Promise<PanelRecord> {
    await updateDocument(viewer, r, id, body);
    return one(viewer, r, id);
  }

  async function updateDocument(viewer: Viewer, r: Resource, id: string, body: unknown): Promise<void> {
    const { data, before } = await checkUpdate(viewer, r, id, body);
    await strapi.db.transaction(async () => {
      await strapi.documents(r.uid as Uid).update({ documentId: id, data });
      const after = toRecord(r, await find(viewer, r, id), true);
      const changes = diff(before, after);
      await writeAudit(strapi, { viewer, action: 'update', resource: r, recordId: id, ...changes });
    });
  }

  /** Every check of an update, without the write (see checkCreate). */
  async function checkUpdate(viewer: Viewer, r: Resource, id: string, body: unknown) {
    assertCan(viewer, r, 'update');
    assertMutable(r);
    const row = await find(viewer, r, id);
    assertEditable(r, row);
    const echoed = dropMaskedEchoes(r, body, row);
    const checked = checkBody(r, echoed, 'update');
    const before = toRecord(r, row, true);
    refuseOwned(r, echoed, checked, before);
    judgeRecord(r, checked, before);
    failOnIssues(r, checked);
    await verify(r, checked, id, before);
    await access.assertWritable(viewer, r, checked.data, before);
    return { data: await written(r, checked, 'update'), before };
  }

  async function remove(viewer: Viewer, r: Resource, id: string): Promise<PanelRecord> {
    assertCan(viewer, r, 'delete');
    assertMutable(r);
    const row = await find(viewer, r, id);
    assertEditable(r, row);
    const before = toRecord(r, row, true);
    await access.assertWritable(viewer, r, {}, before);
    for (const dep of registry.dependents(r.uid)) {
      const count = Number(
        await query(dep.resource.uid).count({ where: { [dep.field]: { documentId: id } } }),
      );
      if (count > 0) {
        throw new PanelError(409, 'in_use', {
          count,
          other: { resource: dep.resource.name },
          resource: { resource: r.name },
        });
      }
    }
    await strapi.db.transaction(async () => {
      await strapi.documents(r.uid as Uid).delete({ documentId: id });
      await writeAudit(strapi, { viewer, action: 'delete', resource: r, recordId: id, before });
    });
    return toRecord(r, row, mayReveal(viewer));
  }

  return {
    list,
    one,
    create,
    createDocument,
    checkCreate,
    update,
    updateDocument,
    checkUpdate,
    remove,
    find,
    present,
    stated,
    verify,
    failOnIssues,
    judgeRecord,
  };
}

export type PanelService = ReturnType<typeof createService>;
