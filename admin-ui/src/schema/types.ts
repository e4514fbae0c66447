/** What the panel API says about itself (`GET /api/panel/me` and `/schema`, DESIGN.md §3). */
import type { Locale } from '@yanzhen/config';

export type Labels = Record<Locale, string>;

export type FieldType =
  | 'string'
  | 'text'
  | 'richtext'
  | 'email'
  | 'uid'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'enumeration'
  | 'json'
  | 'relation'
  | 'media';

export type MaskKind = 'idNumber' | 'phone' | 'name';

export interface FieldSchema {
  name: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  /** Computed by the server or kept by a workflow: shown, never input. */
  readOnly: boolean;
  /** Set on create only; afterwards a workflow changes it. */
  createOnly?: boolean;
  /** Set but never read back (passwords). */
  writeOnly?: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  regex?: string;
  default?: unknown;
  mask?: MaskKind;
  choices?: { id: string; labels: Labels }[];
  relation?: { resource: string; many: boolean; inverse: boolean };
  media?: { multiple: boolean; allowedTypes: string[] };
  labels: Labels;
}

export type Crud = 'find' | 'findOne' | 'create' | 'update' | 'delete';

export interface ResourceSchema {
  name: string;
  kind: 'collectionType' | 'singleType';
  group: string;
  draftAndPublish: boolean;
  appendOnly: boolean;
  mainField: string;
  searchable: string[];
  labels: Labels;
  /** What the current viewer may do. */
  can: Record<Crud, boolean>;
  fields: FieldSchema[];
}

export interface PanelSchema {
  groups: Record<Locale, Record<string, string>>;
  resources: ResourceSchema[];
}

export type Role = 'staff' | 'publicity' | 'supervisor' | 'member' | 'unit';

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

/** What the auth provider's `getPermissions` resolves to: the viewer and the schema as the viewer sees it. */
export interface Panel {
  me: Me;
  schema: PanelSchema;
}
