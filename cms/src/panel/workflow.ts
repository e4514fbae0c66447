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
  /** Fields of the resource the action takes from the body; `true` when required. */
  takes?: Record<string, boolean>;
  /** Further checks before anything is written: throw a PanelError (403, 409 …). */
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
}

export interface Workflow {
  /** The field that holds the state (none for resources whose actions are effects only). */
  field?: string;
  /** States in which plain edits and deletes are allowed (all, when absent): an approved record is locked. */
  editableIn?: readonly string[];
  /** Checks on a new record before it is written (a window that must be open …): throw a PanelError. */
  beforeCreate?(ctx: Omit<ActionContext, 'record'>): Promise<void>;
  record: Record<string, RecordAction | EffectAction>;
  collection?: Record<string, CollectionAction>;
}
