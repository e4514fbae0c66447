/** What a resource folder may say about its screens; everything else comes from the schema. */
import type { ComponentType } from 'react';
import type { MutationMode, RaRecord, SortPayload } from 'react-admin';

/** A custom display or input for one field; it receives the field's name as `source`. */
export interface FieldOverride {
  show?: ComponentType<{ source: string }>;
  input?: ComponentType<{ source: string }>;
}

/** A step preview is given the record the step acts on (none for a step on the whole resource). */
export interface StepPreviewProps {
  record?: RaRecord;
}

export interface ResourceOverride {
  icon?: ComponentType;
  /** Menu group, when the schema's is not the right one. */
  group?: string;
  /** List columns shown at first, in order; the others stay one click away. */
  columns?: string[];
  sort?: SortPayload;
  fields?: Record<string, FieldOverride>;
  /**
   * Buttons of the list's bulk toolbar, before react-admin's bulk delete (设置网格 on workers): each
   * acts on the selected rows and shows what went through and what was refused. Loaded lazily is best:
   * the list shows them only once a row is ticked.
   */
  bulkButtons?: ComponentType;
  /**
   * Shown inside a step's dialog under its inputs, live as they are filled (triage's tier and points), by
   * step name. It reads the dialog's form (`useWatch`).
   */
  stepPreviews?: Record<string, ComponentType<StepPreviewProps>>;
  /** More buttons in the list's toolbar, beside its steps on the whole resource (a year's letters). */
  listButtons?: ComponentType;
  /** More buttons beside the workflow steps on a record's show and edit pages (a story's preview). */
  recordButtons?: ComponentType;
  /** Sections of the record's show page under its fields (a pay table's cost), in its record context. */
  showSections?: ComponentType;
  mutationMode?: MutationMode;
  /** How a record is named in titles, references and pickers (default: the schema's main field). */
  representation?: (record: RaRecord) => string;
}
