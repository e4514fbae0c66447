/** A points entry's and a commendation's keys read as whom and what they name, never as `member:<id>`. */
import { screen, waitFor } from '@testing-library/react';
import { testDataProvider, type DataProvider, type RaRecord } from 'react-admin';
import type { FieldSchema, Panel, ResourceSchema } from '@yanzhen/config';
import { panel as base, shownField } from '../schema/fixtures';
import { FIND, renderAdmin } from '../testing/renderAdmin';

const field = shownField;
const to = (resource: string) => ({ relation: { resource, many: false, inverse: false } });
const READ = { find: true, findOne: true, create: false, update: false, delete: false };
const resource = (name: string, mainField: string, fields: FieldSchema[]): ResourceSchema => ({
  ...base.schema.resources[0],
  name,
  group: 'board',
  mainField,
  can: READ,
  fields,
});
const kind = field('kind', 'enumeration', {
  choices: ['award', 'reversal', 'adjustment'].map((id) => ({ id, labels: { zh: id, en: id } })),
});
const panel: Panel = {
  ...base,
  schema: {
    ...base.schema,
    resources: [
      resource('points-entries', 'quarter', [
        field('holderMember', 'relation', to('party-members')),
        field('holderKey', 'string'),
        field('task', 'relation', to('tasks')),
        kind,
        field('entryKey', 'string'),
      ]),
      resource('commendations', 'reason', [
        field('year', 'integer'),
        field('recipientMember', 'relation', to('party-members')),
        field('proposalKey', 'string'),
      ]),
      resource('party-members', 'name', [field('name', 'string')]),
      resource('tasks', 'title', [field('title', 'string')]),
    ],
  },
};

const MEMBER = 'aj4zk2m9q8w7e6r5t4y3u2i1';
const TASK = 'p0o9i8u7y6t5r4e3w2q1a2s3';
const records: Record<string, RaRecord[]> = {
  'points-entries': [
    {
      id: 'e1',
      holderMember: MEMBER,
      holderKey: `member:${MEMBER}`,
      task: TASK,
      kind: 'award',
      entryKey: `award:${TASK}:1`,
    },
  ],
  commendations: [{ id: 'c1', year: 2026, recipientMember: MEMBER, proposalKey: `2026:member:${MEMBER}` }],
  'party-members': [{ id: MEMBER, name: '秦英' }],
  tasks: [{ id: TASK, title: '修复路灯' }],
};
const dataProvider = testDataProvider({
  getOne: (r, { id }) => Promise.resolve({ data: records[r].find((x) => x.id === id) as RaRecord }),
  getMany: (r, { ids }) => Promise.resolve({ data: records[r].filter((x) => ids.includes(x.id)) }),
} as Partial<DataProvider>);

const shown = () => document.querySelector('main')?.textContent ?? '';

describe('internal keys on a record page', () => {
  it("name a points entry's holder and task", async () => {
    await renderAdmin('/points-entries/e1/show', panel, dataProvider);
    await screen.findByText('积分主体', undefined, FIND);
    await waitFor(() => expect(shown()).toContain('积分主体秦英'));
    await waitFor(() => expect(shown()).toContain('记账键奖励 · 修复路灯 · 1'));
    expect(shown()).not.toMatch(/member:|aj4z/);
  });

  it("name a commendation's year and recipient", async () => {
    await renderAdmin('/commendations/c1/show', panel, dataProvider);
    await screen.findByText('提名键', undefined, FIND);
    await waitFor(() => expect(shown()).toContain('提名键2026 · 秦英'));
    expect(shown()).not.toMatch(/member:|aj4z/);
  });
});
