/**
 * The secondment state machine, every state × action × role: allowed (and where it leads), 403 (not this
 * role's step) or 409 (not from this state). Staff record the test, start and end; supervisors decide.
 */
import { makeSecondment, SECONDMENT_STATES, type SecondmentState } from '../helpers/workforce';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

const ROLES = ['staff', 'supervisor', 'publicity', 'member', 'unit'] as const;
type Role = (typeof ROLES)[number];
const ACTIONS = ['test', 'approve', 'reject', 'start', 'complete'] as const;
type Action = (typeof ACTIONS)[number];

const FROM: Record<Action, readonly SecondmentState[]> = {
  test: ['applied', 'tested'],
  approve: ['tested'],
  reject: ['tested'],
  start: ['approved'],
  complete: ['active'],
};
const TO: Record<Action, SecondmentState> = {
  test: 'tested',
  approve: 'approved',
  reject: 'rejected',
  start: 'active',
  complete: 'completed',
};
const MAY: Record<Role, readonly Action[]> = {
  staff: ['test', 'start', 'complete'],
  supervisor: ['approve', 'reject'],
  publicity: [],
  member: [],
  unit: [],
};
const BODY: Record<Action, Record<string, unknown>> = {
  test: { testScore: 88.5 },
  approve: { reviewNote: '经镇党委审核，同意挂职' },
  reject: { reviewNote: '综合测试成绩排名靠后' },
  start: { startDate: '2026-09-01' },
  complete: { evaluation: '挂职期间表现突出', endDate: '2027-02-28' },
};

const expected = (role: Role, state: SecondmentState, action: Action): number =>
  !MAY[role].includes(action) ? 403 : FROM[action].includes(state) ? 200 : 409;

let app: TestApp;
const jwt = {} as Record<Role, string>;

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ROLES) jwt[r] = await login(app, r);
});
afterAll(() => app.stop());

const cases = ROLES.flatMap((role) =>
  SECONDMENT_STATES.flatMap((state) =>
    ACTIONS.map((action) => [role, state, action, expected(role, state, action)] as const),
  ),
);

describe('secondment actions: every state × action × role', () => {
  it.each(cases)('%s: %s → %s answers %i', async (role, state, action, code) => {
    const { id } = await makeSecondment(app.strapi, state);
    const res = await api(app, jwt[role]).post(`/api/panel/secondments/${id}/${action}`).send(BODY[action]);
    expect({ status: res.status, message: res.body.message }).toMatchObject({ status: code });
    if (code === 200) expect(res.body).toMatchObject({ status: TO[action], ...BODY[action] });
    if (code === 409) expect(res.body.message).toMatch(/^当前状态为“.+”，不能.+$/);
    if (code === 403) expect(res.body.message).toMatch(/^您没有.+的权限$/);
  });
});
