/** The appraisal form as the clerk types: item bounds, condition texts, total and grade shown live, never typed. */
import { fireEvent, screen } from '@testing-library/react';
import { catalogs, rules } from '@yanzhen/config';
import { testDataProvider, type RaRecord } from 'react-admin';
import { TYPED_SCORES } from '../../../tests/helpers/appraisals';
import { enumeration, field, panelWith } from '../incentives/testPanel';
import { FIND, renderAdmin } from '../testing/renderAdmin';

const panel = panelWith('appraisals', [
  field('year', 'integer', { required: true }),
  ...rules.appraisal.items.map((i) => field(i.key, 'decimal', { required: true, min: 0, max: i.weight })),
  field('taskBoardProposed', 'decimal', { readOnly: true }),
  field('taskBoardReason', 'text'),
  field('barsExcellent', 'json'),
  field('barsPass', 'json'),
  field('dismissal', 'json'),
  field('total', 'decimal', { readOnly: true }),
  enumeration('grade', ['excellent', 'pass', 'basic', 'fail']),
]);

const record = {
  id: 'a1',
  year: 2025,
  duty: 28,
  attendance: 15,
  excellence: 15,
  satisfaction: 14,
  learning: 10,
  integrity: 10,
  taskBoard: 5,
  taskBoardProposed: 3.5,
  taskBoardReason: null,
  barsExcellent: [],
  barsPass: [],
  dismissal: [],
  total: 97,
  grade: 'excellent',
  // A draft: the server would take an edit of it.
  _can: ['update'],
} as RaRecord;

const open = (path: string, saved: RaRecord = record) =>
  renderAdmin(
    path,
    panel,
    testDataProvider({
      getOne: () => Promise.resolve({ data: saved }),
    } as Parameters<typeof testDataProvider>[0]),
  );

const zh = catalogs.zh;
/** A condition's Chinese text, from the catalog. */
const text = (c: { key: string }) => zh.conditions[c.key];

/** An item's input, by the item's Chinese label (the district's catalog names the fields). */
const input = (key: string) => {
  const label = zh.resources.appraisals.fields[key];
  return screen.getByLabelText(new RegExp(`^${label}\\s*\\*?$`)) as HTMLInputElement;
};

describe('the appraisal form', () => {
  it('shows the total and grade as the clerk types the seven scores', async () => {
    await open('/appraisals/create');
    await screen.findByText('七项分数填齐后显示总分和等次', undefined, FIND);
    for (const [key, value] of Object.entries(TYPED_SCORES))
      fireEvent.change(input(key), { target: { value: String(value) } });
    expect((await screen.findByTestId('appraisal-total')).textContent).toBe('92');
    expect(screen.getByTestId('appraisal-grade').textContent).toBe('优秀');
    expect(screen.queryByRole('spinbutton', { name: /^总分/ })).toBeNull();

    fireEvent.change(input('duty'), { target: { value: '10' } });
    expect(screen.getByTestId('appraisal-total').textContent).toBe('74');
    expect(screen.getByTestId('appraisal-grade').textContent).toBe('基本合格');
  });

  it('offers the district’s condition texts, and a bar on excellent caps the grade at pass', async () => {
    await open('/appraisals/a1');
    expect((await screen.findByTestId('appraisal-grade', undefined, FIND)).textContent).toBe('优秀');
    const bar = rules.appraisal.barsExcellent[0];
    fireEvent.click(screen.getByLabelText(text(bar)));
    expect(screen.getByTestId('appraisal-grade').textContent).toBe('合格');
    for (const c of [...rules.appraisal.barsPass, ...rules.appraisal.dismissal])
      expect(screen.getByLabelText(text(c))).toBeTruthy();
    fireEvent.click(screen.getByLabelText(text(rules.appraisal.dismissal[2])));
    expect(screen.getByText('将建议解聘，并提交审核领导处理')).toBeTruthy();
  });

  it('shows the task-board proposal and takes it in one click', async () => {
    await open('/appraisals/a1');
    await screen.findByText('按本年度揭榜领单积分的建议分：3.5', undefined, FIND);
    expect(screen.getByText(/与建议分不同/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '采用建议分' }));
    expect(input('taskBoard').value).toBe('3.5');
    expect(screen.queryByText(/与建议分不同/)).toBeNull();
  });

  it('says when the worker has no task-board points to propose from', async () => {
    await open('/appraisals/a1', { ...record, taskBoardProposed: null });
    await screen.findByText('该人员没有党员揭榜领单积分记录，不给出建议分', undefined, FIND);
    expect(screen.queryByRole('button', { name: '采用建议分' })).toBeNull();
  });

  it('keeps an item within its weight', async () => {
    await open('/appraisals/a1');
    const duty = await screen.findByLabelText(/^履职尽责/, undefined, FIND);
    fireEvent.change(duty, { target: { value: '31' } });
    fireEvent.blur(duty);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('不能大于 30')).toBeTruthy();
  });

  it('shows beside the items what the records hold for the worker’s year, never scoring it', async () => {
    const evidence = {
      learning: { trainings: 3, hours: 14.5 },
      taskBoard: { points: 12, done: 4, followUps: { satisfied: 2, basic: 1, dissatisfied: 1, pending: 1 } },
    };
    // What the server answers for worker w1 in 2025 (jsdom has no Response: the fields panelJson reads).
    const fetched = jest.fn(async (url: RequestInfo | URL) => {
      const ours = String(url).includes('/workers/w1/appraisal-evidence?year=2025');
      return { ok: ours, status: ours ? 200 : 404, json: async () => (ours ? evidence : {}) };
    });
    const real = global.fetch;
    global.fetch = fetched as unknown as typeof fetch;
    try {
      await open('/appraisals/a1', { ...record, worker: 'w1' });
      await screen.findByText('记录显示：本年度参加培训 3 次，共 14.5 学时', undefined, FIND);
      expect(screen.getByText('记录显示：本年度揭榜办结 4 件')).toBeTruthy();
      expect(
        screen.getByText('记录显示：办结任务回访满意 2 件、基本满意 1 件、不满意 1 件，待回访 1 件'),
      ).toBeTruthy();
      expect(input('satisfaction').value).toBe('14');
      expect(fetched.mock.calls.filter(([u]) => String(u).includes('appraisal-evidence'))).toHaveLength(1);
    } finally {
      global.fetch = real;
    }
  });
});
