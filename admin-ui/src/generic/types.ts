/** What a resource folder may say about its screens; everything else comes from the schema. */
import type { ComponentType } from 'react';
import type { MutationMode, RaRecord, SortPayload } from 'react-admin';
import type { Role } from '@yanzhen/config';

/**
 * A workflow step: `POST /api/panel/<resource>/:id/<name>` on a record, or `POST /api/panel/<resource>/<name>`
 * on the whole resource (drafting a quarter's scores). Offered when `/me` grants it.
 */
export interface WorkflowAction {
  name: string;
  on?: 'record' | 'collection';
  /** Offered only while the record is in one of these states. */
  when?: { field: string; values: string[] };
  /** Fields of the resource the user fills before confirming, sent as the body; `true` when required. */
  takes?: Record<string, boolean>;
  /** What the step takes from a viewer of this role instead (staff naming whom they claim for). */
  takesFor?: Partial<Record<Role, Record<string, boolean>>>;
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
  /**
   * Buttons of the list's bulk toolbar, before react-admin's bulk delete (设置网格 on workers): each
   * acts on the selected rows and shows what went through and what was refused. Loaded lazily is best:
   * the list shows them only once a row is ticked.
   */
  bulkButtons?: ComponentType;
  /** More buttons beside the workflow steps on a record's show and edit pages (a story's preview). */
  recordButtons?: ComponentType;
  mutationMode?: MutationMode;
  /** How a record is named in titles, references and pickers (default: the schema's main field). */
  representation?: (record: RaRecord) => string;
}
