/** A small panel schema for tests: one field of every kind, a readable target and an unreadable one. */
import type { FieldSchema, Panel, ResourceSchema } from '@yanzhen/config';

const field = (name: string, type: FieldSchema['type'], extra: Partial<FieldSchema> = {}): FieldSchema => ({
  name,
  type,
  required: false,
  unique: false,
  readOnly: false,
  labels: { zh: `${name}（中）`, en: `${name} (en)` },
  ...extra,
});

/** A read-only field labelled by its own name, for tests of the screens that show records. */
export const shownField = (
  name: string,
  type: FieldSchema['type'],
  extra: Partial<FieldSchema> = {},
): FieldSchema => ({
  name,
  type,
  required: false,
  unique: false,
  readOnly: true,
  labels: { zh: name, en: name },
  ...extra,
});

const ALL = { find: true, findOne: true, create: true, update: true, delete: true };

const resource = (
  name: string,
  fields: FieldSchema[],
  extra: Partial<ResourceSchema> = {},
): ResourceSchema => ({
  name,
  kind: 'collectionType',
  group: 'organisation',
  draftAndPublish: false,
  appendOnly: false,
  mainField: 'name',
  searchable: ['name'],
  labels: { zh: `${name}（中）`, en: `${name} (en)` },
  can: ALL,
  steps: [],
  fields,
  ...extra,
});

export const gadgets = resource('gadgets', [
  field('name', 'string', { required: true, maxLength: 20 }),
  field('colour', 'enumeration', {
    required: true,
    choices: [
      { id: 'red', labels: { zh: '红色', en: 'Red' } },
      { id: 'blue', labels: { zh: '蓝色', en: 'Blue' } },
    ],
  }),
  field('place', 'relation', { relation: { resource: 'places', many: false, inverse: false } }),
  field('notes', 'text'),
  field('email', 'email'),
  field('count', 'integer', { min: 1, max: 4 }),
  field('rate', 'decimal'),
  field('active', 'boolean', { default: true }),
  field('madeOn', 'date'),
  field('payMonth', 'string', { format: 'month' }),
  field('seenAt', 'datetime'),
  field('settings', 'json'),
  field('idNumber', 'string', { mask: 'idNumber', regex: '^\\d{17}[\\dXx]$' }),
  field('places', 'relation', { relation: { resource: 'places', many: true, inverse: false } }),
  field('owner', 'relation', { relation: { resource: 'secrets', many: false, inverse: false } }),
  field('score', 'decimal', { readOnly: true }),
  field('photo', 'media', { media: { multiple: false, allowedTypes: ['images'] } }),
  field('password', 'string', { writeOnly: true, minLength: 8 }),
]);

export const places = resource(
  'places',
  [
    field('name', 'string'),
    field('gadgets', 'relation', {
      readOnly: true,
      relation: { resource: 'gadgets', many: true, inverse: true },
    }),
  ],
  { can: { ...ALL, create: false, update: false, delete: false } },
);

const secrets = resource('secrets', [field('name', 'string')], {
  group: 'system',
  can: { find: false, findOne: false, create: false, update: false, delete: false },
});

export const panel: Panel = {
  me: {
    id: 1,
    username: 'tester',
    role: 'staff',
    scope: { level: 'district', id: null, name: null },
    member: null,
    unit: null,
    permissions: {
      gadgets: ['find', 'findOne', 'create', 'update', 'delete', 'polish'],
      places: ['find', 'findOne'],
    },
  },
  schema: {
    groups: {
      zh: { organisation: '雁阵齐飞', system: '系统管理' },
      en: { organisation: 'Corps', system: 'System' },
    },
    resources: [gadgets, places, secrets],
  },
};
