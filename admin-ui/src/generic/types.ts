/** What a resource folder may say about its screens; everything else comes from the schema. */
import type { ComponentType } from 'react';
import type { MutationMode, RaRecord, SortPayload } from 'react-admin';

/** A workflow step: `POST /api/panel/<resource>/:id/<name>`, offered when `/me` grants it. */
export interface WorkflowAction {
  name: string;
  /** Offered only while the record is in one of these states. */
  when?: { field: string; values: string[] };
  /** A field the user fills in before confirming (a reject reason); sent as the request body. */
  input?: string;
}

/** A custom display or input for one field; it receives the field's name as `source`. */
export interface FieldOverride {
  show?: ComponentType<{ source: string }>;
  input?: ComponentType<{ source: string }>;
}

export interface ResourceOverride {
  icon?: ComponentType;
  /** Menu group, when the schema's is not the right one. */
  group?: string;
  /** List columns shown at first, in order; the others stay one click away. */
  columns?: string[];
  sort?: SortPayload;
  fields?: Record<string, FieldOverride>;
  actions?: WorkflowAction[];
  mutationMode?: MutationMode;
  /** How a record is named in titles, references and pickers (default: the schema's main field). */
  representation?: (record: RaRecord) => string;
}
