/**
 * Workflow steps as the server offers them: the schema's steps for this viewer, shown on a record only
 * where its `_can` lists them, asking for what the schema says the step takes; 编辑 likewise.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { testDataProvider, type RaRecord } from 'react-admin';
import type { Panel, ResourceSchema } from '@yanzhen/config';
import { panel as base } from '../schema/fixtures';
import { FIND, renderAdmin } from '../testing/renderAdmin';

const tasks: ResourceSchema = {
  ...base.schema.resources[0],
  name: 'tasks',
  group: 'board',
  mainField: 'title',
  fields: [
    {
      name: 'title',
      type: 'string',
      required: true,
      unique: false,
      readOnly: false,
      labels: { zh: '任务名称', en: 'Title' },
    },
    {
      name: 'status',
      type: 'enumeration',
      required: true,
      unique: false,
      readOnly: true,
      labels: { zh: '状态', en: 'Status' },
      choices: [{ id: 'listed', labels: { zh: '已张榜', en: 'Listed' } }],
    },
    ...(['difficulty', 'peopleNeeded', 'hoursNeeded'] as const).map((name) => ({
      name,
      type: name === 'hoursNeeded' ? ('decimal' as const) : ('integer' as const),
      required: false,
      unique: false,
      readOnly: false,
      createOnly: true,
      step: 'triage',
      labels: { zh: name, en: name },
    })),
    {
      name: 'rejectReason',
      type: 'text',
      required: false,
      unique: false,
      readOnly: true,
      labels: { zh: '退回理由', en: 'Reason' },
    },
  ],
};

const STEPS: ResourceSchema['steps'] = [
  { name: 'claim', on: 'record', takes: {} },
  { name: 'approve', on: 'record', takes: {} },
  { name: 'withdraw', on: 'record', takes: { rejectReason: true } },
  { name: 'triage', on: 'record', takes: { difficulty: true, peopleNeeded: true, hoursNeeded: true } },
];

const panelWith = (granted: string[]): Panel => ({
  me: { ...base.me, permissions: { tasks: ['find', 'findOne', 'update', ...granted] } },
  schema: {
    ...base.schema,
    resources: [{ ...tasks, steps: STEPS.filter((s) => granted.includes(s.name)) }],
  },
});

/** A task as the server sends it, with what this viewer may do to it now. */
function dataProvider(can: string[]) {
  const runAction = jest.fn(() => Promise.resolve({ data: {} }));
  const record = { id: 't1', title: '清理楼道', status: 'listed', rejectReason: null, _can: can } as RaRecord;
  const provider = {
    ...testDataProvider({ getOne: () => Promise.resolve({ data: record }) } as Parameters<
      typeof testDataProvider
    >[0]),
    runAction,
  };
  return { provider, runAction };
}

describe('workflow steps', () => {
  it('offers the steps the record says the server would take, and posts the one confirmed', async () => {
    const { provider, runAction } = dataProvider(['claim', 'withdraw']);
    await renderAdmin('/tasks/t1/show', panelWith(['claim', 'withdraw', 'approve']), provider);
    const claim = await screen.findByRole('button', { name: /claim|揭榜/ }, FIND);
    expect(screen.queryByRole('button', { name: /approve|通过/ })).toBeNull();
    fireEvent.click(claim);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(dialog.querySelector('button[type=submit]') as HTMLElement);
    await waitFor(() => expect(runAction).toHaveBeenCalledWith('tasks', 't1', 'claim', {}));
  });

  it('asks for what a step takes before posting it', async () => {
    const { provider, runAction } = dataProvider(['withdraw']);
    await renderAdmin('/tasks/t1/show', panelWith(['withdraw']), provider);
    fireEvent.click(await screen.findByRole('button', { name: /withdraw|撤榜/ }, FIND));
    const reason = await screen.findByLabelText(/退回理由/);
    fireEvent.click((await screen.findByRole('dialog')).querySelector('button[type=submit]') as HTMLElement);
    expect(await screen.findByText('必填')).toBeTruthy();
    fireEvent.change(reason, { target: { value: '居民已自行解决' } });
    fireEvent.click((await screen.findByRole('dialog')).querySelector('button[type=submit]') as HTMLElement);
    await waitFor(() =>
      expect(runAction).toHaveBeenCalledWith('tasks', 't1', 'withdraw', { rejectReason: '居民已自行解决' }),
    );
  });

  it('offers nothing the record does not list, nor a step the schema does not give this viewer', async () => {
    const { provider } = dataProvider(['approve']);
    await renderAdmin('/tasks/t1/show', panelWith(['claim']), provider);
    expect(await screen.findByText('清理楼道', undefined, FIND)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /claim|揭榜/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /approve|通过/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /edit|编辑/ })).toBeNull();
  });

  it('offers 编辑 where the record allows it', async () => {
    const open = dataProvider(['update']);
    await renderAdmin('/tasks/t1/show', panelWith([]), open.provider);
    expect(await screen.findByRole('link', { name: /edit|编辑/ }, FIND)).toBeTruthy();
  });

  it('shows live, while triage is filled in, the tier and points the rules will give', async () => {
    const { provider } = dataProvider(['triage']);
    await renderAdmin('/tasks/t1/show', panelWith(['triage']), provider);
    fireEvent.click(await screen.findByRole('button', { name: /triage|分级/ }, FIND));
    const preview = await screen.findByTestId('triage-preview');
    expect(preview.textContent).toMatch(/填写难易程度/);
    const dialog = await screen.findByRole('dialog');
    const input = (name: string) => dialog.querySelector(`input[name=${name}]`) as HTMLInputElement;
    fireEvent.change(input('difficulty'), { target: { value: '3' } });
    fireEvent.change(input('peopleNeeded'), { target: { value: '2' } });
    fireEvent.change(input('hoursNeeded'), { target: { value: '4' } });
    await waitFor(() => expect(preview.textContent).toBe('按规则将列为小榜，办结可得 6 积分'));
    fireEvent.change(input('peopleNeeded'), { target: { value: '12' } });
    await waitFor(() => expect(preview.textContent).toBe('按规则将列为大榜，办结可得 6 积分'));
    // The scale and units, from the catalog with the rulebook's numbers.
    expect(dialog.textContent).toContain('超过 5 人为大榜');
  });
});
