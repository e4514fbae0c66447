/**
 * Workflows: the actions a record can take from one state to the next (`POST /:resource/:id/<action>`)
 * and actions on a whole resource (`POST /:resource/<action>`). A resource's workflow is a table; the
 * engine in actions.ts checks the permission, the state and the input, moves the state with a
 * compare-and-set so that of two concurrent requests exactly one wins, and writes the audit entry.
 */
import type { Core } from '@strapi/strapi';
import type { PanelError } from './errors';
import type { Resource } from './model';
import type { PanelRecord } from './serialize';
import type { Viewer } from './viewer';

/**
 * Whether this viewer may take a step on this record now, whatever the input (a member claims small
 * tasks, only the claimant reports): the refusal, or null. The same check refuses the step and decides
 * whether the panel offers it, so the two cannot disagree.
 */
export type AllowsContext = Omit<ActionContext, 'input'>;
export type Allows = (ctx: AllowsContext) => PanelError | null | Promise<PanelError | null>;

/** What a step asks of this viewer, when not everything it takes (staff name whom they claim for). */
export type Asks = (viewer: Viewer) => Record<string, boolean>;

export interface ActionContext {
  strapi: Core.Strapi;
  viewer: Viewer;
  resource: Resource;
  /** The record before the action, unmasked. */
  record: PanelRecord;
  /** The action's input, checked against the fields it takes. */
  input: Record<string, unknown>;
  now: Date;
}

/** An action that moves the record from one state to the next (a claim, an approval). */
export interface RecordAction {
  /** States the record may be in. */
  from: readonly string[];
  /** The state it moves to. */
  to: string;
  /** Another state it leads to when the input says so (a follow-up of 不满意 reopens the task). */
  branch?: { to: string; when(ctx: ActionContext): boolean };
  /**
   * A field the step fills that must still be empty, for a step that leaves the state as it is: of two
   * concurrent requests only one finds it empty (a task is followed up once per approval).
   */
  once?: string;
  /** Fields of the resource the action takes from the body; `true` when required. */
  takes?: Record<string, boolean>;
  asks?: Asks;
  allows?: Allows;
  /** Further checks of the input before anything is written: throw a PanelError (403, 409 …). */
  guard?(ctx: ActionContext): void | Promise<void>;
  /** Fields to write with the new state. */
  set?(ctx: ActionContext): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Effects in the same transaction, after the state moved (ledger entries …). */
  after?(ctx: ActionContext): Promise<void>;
  /** A clearer 409 when the record moved on first (who claimed it). */
  conflict?(ctx: ActionContext, current: PanelRecord): Promise<PanelError | null>;
}

/** An action with no state field of its own: publishing a story is Strapi's draft and publish. */
export interface EffectAction {
  takes?: Record<string, boolean>;
  asks?: Asks;
  allows?: Allows;
  guard?(ctx: ActionContext): void | Promise<void>;
  /** The action itself, inside the transaction. */
  run(ctx: ActionContext): Promise<void>;
}

export interface CollectionAction {
  /** Whether an account with a scope may run it (it must then keep to its scope itself); district-only if not. */
  scoped?: boolean;
  /** Fields of the resource the action takes from the body; `true` when required. */
  takes?: Record<string, boolean>;
  run(ctx: Omit<ActionContext, 'record'>): Promise<unknown>;
  /**
   * The records the run created or changed, for the audit trail; by default the document ids among the
   * result's top-level values (`{ board }`, `{ publication }`).
   */
  records?(result: unknown): string[];
}

const DOCUMENT_ID = /^[a-z0-9]{24}$/;

/** The document ids a collection action's result names at its top level. */
export function recordsOf(result: unknown): string[] {
  if (typeof result !== 'object' || result === null) return [];
  return Object.values(result).filter((v): v is string => typeof v === 'string' && DOCUMENT_ID.test(v));
}

export interface Workflow {
  /** The field that holds the state (none for resources whose actions are effects only). */
  field?: string;
  /** States in which plain edits and deletes are allowed (all, when absent): an approved record is locked. */
  editableIn?: readonly string[];
  /**
   * Fields the workflow's `set`/hooks write, besides its state field and the fields its record actions
   * take: `always` read-only to plain writes, `update` settable on create only. A key `resource.field`
   * names a field of another resource (the promotion workflow owns a worker's pay level).
   */
  owns?: Record<string, OwnMode>;
  /** Checks on a new record before it is written (a window that must be open …): throw a PanelError. */
  beforeCreate?(ctx: Omit<ActionContext, 'record'>): Promise<void>;
  record: Record<string, RecordAction | EffectAction>;
  collection?: Record<string, CollectionAction>;
}

export type OwnMode = 'update' | 'always';

/** A workflow's action names (record and collection), which are also its Users & Permissions actions. */
export const actionsOf = (wf: Workflow | undefined): string[] =>
  wf ? [...Object.keys(wf.record), ...Object.keys(wf.collection ?? {})] : [];

/**
 * The fields each resource's workflows own, by resource name: the state field (always), the fields record
 * actions take (settable on create, changed later only by the action) and each workflow's `owns`.
 */
export function ownedFields(workflows: Record<string, Workflow>): Map<string, Map<string, OwnMode>> {
  const out = new Map<string, Map<string, OwnMode>>();
  const put = (resource: string, field: string, mode: OwnMode) => {
    const m = out.get(resource) ?? new Map<string, OwnMode>();
    if (m.get(field) !== 'always') m.set(field, mode);
    out.set(resource, m);
  };
  for (const [name, wf] of Object.entries(workflows)) {
    for (const a of Object.values(wf.record))
      for (const k of Object.keys(a.takes ?? {})) put(name, k, 'update');
    for (const [key, mode] of Object.entries(wf.owns ?? {})) {
      const dot = key.indexOf('.');
      if (dot < 0) put(name, key, mode);
      else put(key.slice(0, dot), key.slice(dot + 1), mode);
    }
    if (wf.field) put(name, wf.field, 'always');
  }
  return out;
}
