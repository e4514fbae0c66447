/**
 * The panel API's account of itself, as it goes over the wire: `GET /api/panel/schema` and `/me`
 * (DESIGN.md §3). The server builds these shapes, the panel builds its screens from them; both import
 * them from here.
 */
import type { Locale } from './labels';

export type Labels = Record<Locale, string>;

/** The attribute types the panel handles besides relations and files (Strapi's numbers folded in). */
export const SCALAR_TYPES = [
  'string',
  'text',
  'richtext',
  'email',
  'uid',
  'integer',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'enumeration',
  'json',
] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];
export type FieldType = ScalarType | 'relation' | 'media';

/** Personal data, masked in lists. */
export type MaskKind = 'idNumber' | 'phone' | 'name';

/**
 * How a value reads: a month typed as clerks type it (`2026年12月`); a number as a year (`2025`, never
 * `2,025`), a rate as a percentage (`50%`, not `0.5`), or money in yuan (`¥12,345.00`).
 */
export type FieldFormat = 'month' | 'year' | 'percent' | 'money';

/**
 * A month as clerks type it — `2026-12`, `2026年12月`, `2026/12`, `2026.12` — as `2026-12`; anything else is
 * left for the pattern to refuse. The server reads a `month` field by it, and the panel's month input too.
 */
export function monthOf(raw: string): string {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$/.exec(raw);
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2].padStart(2, '0')}` : raw;
}

export interface FieldSchema {
  name: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  /** Computed by the server or kept by a workflow: shown, never input. */
  readOnly: boolean;
  /** Set on create only; afterwards a workflow changes it. */
  createOnly?: boolean;
  /** The workflow step that asks for it (triage's difficulty): a new record's form leaves it for that step. */
  step?: string;
  /** Set but never read back (passwords). */
  writeOnly?: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  regex?: string;
  default?: unknown;
  mask?: MaskKind;
  format?: FieldFormat;
  choices?: { id: string; labels: Labels }[];
  relation?: { resource: string; many: boolean; inverse: boolean };
  media?: { multiple: boolean; allowedTypes: string[] };
  /** A text chosen among the names (`field`) of another resource's records, kept as a list the clerks edit. */
  choicesFrom?: { resource: string; field: string };
  labels: Labels;
}

/** The five record actions, in their usual order. */
export const CRUD = ['find', 'findOne', 'create', 'update', 'delete'] as const;
export type Crud = (typeof CRUD)[number];

/**
 * A workflow step the viewer holds: `POST /api/panel/<resource>/:id/<name>` on a record (offered on the
 * records whose `_can` lists it) or `POST /api/panel/<resource>/<name>` on the whole resource.
 */
export interface StepSchema {
  name: string;
  on: 'record' | 'collection';
  /** Fields of the resource the viewer fills before confirming, sent as the body; `true` when required. */
  takes: Record<string, boolean>;
}

/**
 * What the viewer may do to one record now, carried on every record the panel API returns under `_can`:
 * `update`, `delete` and the names of the record steps the server would accept.
 */
export type RecordOffers = string[];

export interface ResourceSchema {
  name: string;
  kind: 'collectionType' | 'singleType';
  group: string;
  draftAndPublish: boolean;
  appendOnly: boolean;
  mainField: string;
  searchable: string[];
  labels: Labels;
  /** What the current viewer may do (`create`: make new records here at all, scope included). */
  can: Record<Crud, boolean>;
  /** The workflow steps the viewer holds, in the workflow's order. */
  steps: StepSchema[];
  fields: FieldSchema[];
}

export interface PanelSchema {
  groups: Record<Locale, Record<string, string>>;
  resources: ResourceSchema[];
}

export const ROLES = ['staff', 'publicity', 'supervisor', 'member', 'unit'] as const;
export type Role = (typeof ROLES)[number];

export interface Me {
  id: number;
  username: string;
  role: Role | null;
  scope: { level: 'district' | 'town' | 'community'; id: string | null; name: string | null };
  member: string | null;
  unit: string | null;
  /** Actions by resource, including workflow actions (claim, approve …) once the server grants them. */
  permissions: Record<string, string[]>;
}

/** What the panel's auth provider holds: the viewer and the schema as the viewer sees it. */
export interface Panel {
  me: Me;
  schema: PanelSchema;
}

/** How an import matches rows to records (`POST /api/panel/<resource>/import`, field `mode`). */
export type ImportMode = 'insert' | 'update' | 'upsert';

/** One refused cell or row of an import. */
export interface ImportRowError {
  /** The row as the spreadsheet shows it (1 is the header). */
  row: number;
  column: string | null;
  field: string | null;
  value: unknown;
  message: string;
}

/** What an import's dry run or commit answers. */
export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: ImportRowError[];
  /** Whether anything was written. */
  committed: boolean;
  /** The import job (`import-jobs`) that keeps this run: its progress, counts and failed rows. */
  job: string | null;
}

/**
 * An import job's state. `checking`: rows are being checked, `rowsDone` so far (nothing written yet); `running`:
 * rows are being written, a batch at a time, `rowsDone` of `rowsTotal`; then `done`, `refused` (invalid
 * rows and nothing written), `stopped` (the server stopped mid-import: re-import the same file to
 * complete it) or `failed` (an unexpected error).
 */
export type ImportJobStatus = 'checking' | 'running' | 'done' | 'refused' | 'stopped' | 'failed';

/** A row a bulk edit did not change, named as the panel names it, with the form's reason. */
export interface BulkRefusal {
  id: string;
  label: string;
  message: string;
}

/**
 * What `POST /api/panel/<resource>/bulk` and the training attendee endpoints answer: how many rows went
 * through, and each refused one with why.
 */
export interface BulkAnswer {
  updated: number;
  refused: BulkRefusal[];
}
