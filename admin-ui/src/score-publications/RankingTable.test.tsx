/** The score table on a publication's page: ranked rows, and an objection only from one's own row while open. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import type { Panel, ResourceSchema } from '@yanzhen/config';
import { panel as base, shownField } from '../schema/fixtures';
import { FIND, renderAdmin } from '../testing/renderAdmin';

const field = shownField;
const READ = { find: true, findOne: true, create: false, update: false, delete: false };
const publications: ResourceSchema = {
  ...base.schema.resources[0],
  name: 'score-publications',
  group: 'board',
  mainField: 'quarter',
  can: READ,
  fields: [field('quarter', 'string'), field('ranking', 'json'), field('objectionDeadline', 'datetime')],
};
const objections: ResourceSchema = {
  ...publications,
  name: 'objections',
  can: { ...READ, create: true },
  fields: [field('reason', 'text', { readOnly: false, required: true })],
};

/** A member on the table; `mayObject` is whether the schema lets them create objections. */
const member = (mayObject = true): Panel => ({
  me: { ...base.me, role: 'member', member: 'm2' },
  schema: {
    ...base.schema,
    resources: [publications, { ...objections, can: { ...objections.can, create: mayObject } }],
  },
});

const ranking = [
  { holder: 'unit:u1', name: '区医疗保障局', points: 10, tasksDone: 1, rank: 1 },
  { holder: 'member:m2', name: '秦英', points: 6, tasksDone: 1, rank: 2 },
  { holder: 'member:m3', name: '张伟', points: 4, tasksDone: 1, rank: 3 },
];

function provider(status: string, deadline: Date) {
  const create = jest.fn((_resource: string, { data }: { data: Record<string, unknown> }) =>
    Promise.resolve({ data: { id: 'o1', ...data } }),
  );
  const record = { id: 'p1', quarter: '2026-Q4', status, ranking, objectionDeadline: deadline.toISOString() };
  const dp = testDataProvider({
    getOne: () => Promise.resolve({ data: record }),
    create,
  } as unknown as Partial<DataProvider>);
  return { dp, create };
}

const tomorrow = new Date(Date.now() + 86_400_000);

describe('the score table', () => {
  it('ranks the rows and lets a member object to their own row, with a reason', async () => {
    const { dp, create } = provider('published', tomorrow);
    await renderAdmin('/score-publications/p1/show', member(), dp);
    const table = await screen.findByRole('table', {}, FIND);
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      expect.any(String),
      expect.stringContaining('区医疗保障局'),
      expect.stringContaining('秦英'),
      expect.stringContaining('张伟'),
    ]);
    const buttons = within(table).getAllByRole('button', { name: '提出异议' });
    expect(buttons).toHaveLength(1);
    expect(buttons[0].closest('tr')?.textContent).toContain('秦英');

    fireEvent.click(buttons[0]);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '提出异议' }));
    expect(await within(dialog).findByText('必填')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByLabelText(/异议理由/), { target: { value: '漏记一次巡河' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提出异议' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith(
        'objections',
        expect.objectContaining({ data: { publication: 'p1', holderMember: 'm2', reason: '漏记一次巡河' } }),
      ),
    );
  });

  it.each([
    ['after the objection window', 'published', new Date(Date.now() - 60_000), true],
    ['on a final table', 'final', tomorrow, true],
    ['to a viewer who may not object', 'published', tomorrow, false],
  ])('offers no objection %s', async (_when, status, deadline, mayObject) => {
    const { dp } = provider(status, deadline);
    await renderAdmin('/score-publications/p1/show', member(mayObject), dp);
    const table = await screen.findByRole('table', {}, FIND);
    await within(table).findByText('秦英');
    expect(within(table).queryByRole('button', { name: '提出异议' })).toBeNull();
  });
});
