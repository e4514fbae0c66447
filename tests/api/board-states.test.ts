/**
 * The task state machine, every state × action × role: allowed (and where it leads), 403 (not this
 * role's to do), 404 (not a task this account can see) or 409 (not from this state).
 */
import { makeTask, STATES, today, type State } from '../helpers/board';
import { api, login } from '../helpers/session';
import { expectTotalsMatchLedger } from '../helpers/ledger';
import { startStrapi, type TestApp } from '../helpers/strapi';

const ROLES = ['staff', 'supervisor', 'member', 'unit'] as const;
type Role = (typeof ROLES)[number];
const ACTIONS = ['triage', 'claim', 'submit', 'approve', 'reject', 'revoke', 'withdraw', 'release'] as const;
type Action = (typeof ACTIONS)[number];

const FROM: Record<Action, readonly State[]> = {
  triage: ['collected', 'triaged'],
  claim: ['listed'],
  submit: ['claimed', 'rejected'],
  approve: ['submitted'],
  reject: ['submitted'],
  revoke: ['approved'],
  withdraw: ['collected', 'triaged', 'listed', 'claimed', 'rejected'],
  release: ['claimed', 'rejected'],
};
const TO: Record<Action, State> = {
  triage: 'triaged',
  claim: 'claimed',
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  revoke: 'submitted',
  withdraw: 'withdrawn',
  release: 'listed',
};
const MAY: Record<Role, readonly Action[]> = {
  staff: ['triage', 'claim', 'submit', 'withdraw', 'release'],
  supervisor: ['approve', 'reject', 'revoke'],
  member: ['claim', 'submit'],
  unit: ['claim', 'submit'],
};
/** Members and units see the open board and their own claims; a task off the board is not theirs to see. */
const OFF_BOARD: readonly State[] = ['collected', 'triaged', 'withdrawn'];

function expected(role: Role, state: State, action: Action): number {
  if (!MAY[role].includes(action)) return 403;
  if ((role === 'member' || role === 'unit') && OFF_BOARD.includes(state)) return 404;
  if (!FROM[action].includes(state)) return 409;
  return 200;
}

let app: TestApp;
const jwt = {} as Record<Role, string>;
let member: string;
let unit: string;

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ROLES) jwt[r] = await login(app, r);
  member = (await api(app, jwt.member).get('/api/panel/me')).body.member;
  unit = (await api(app, jwt.unit).get('/api/panel/me')).body.unit;
});
// Whatever a test appended, the per-quarter totals still equal the ledger's sums.
afterEach(() => expectTotalsMatchLedger(app.strapi));
afterAll(() => app.stop());

const body = (action: Action, tier: 'small' | 'big') =>
  ({
    triage: { difficulty: 2, peopleNeeded: 2, hoursNeeded: 4 },
    claim: tier === 'small' ? { claimantMember: member } : { claimantUnit: unit },
    submit: { report: '已清理完毕', doneAt: today() },
    approve: {},
    reject: { rejectReason: '照片不清楚' },
    revoke: { rejectReason: '复核发现未办结' },
    withdraw: { rejectReason: '问题已由物业解决' },
    release: {},
  })[action];

const cases = ROLES.flatMap((role) =>
  STATES.flatMap((state) =>
    ACTIONS.map((action) => [role, state, action, expected(role, state, action)] as const),
  ),
);

describe('task actions: every state × action × role', () => {
  it.each(cases)('%s: %s → %s answers %i', async (role, state, action, code) => {
    const tier = role === 'unit' ? 'big' : 'small';
    const id = await makeTask(app.strapi, state, { tier, member, unit });
    const res = await api(app, jwt[role]).post(`/api/panel/tasks/${id}/${action}`).send(body(action, tier));
    expect({ status: res.status, message: res.body.message }).toMatchObject({ status: code });
    if (code === 200) expect(res.body.status).toBe(TO[action]);
    const held =
      action === 'claim' &&
      code === 409 &&
      state !== 'collected' &&
      state !== 'triaged' &&
      state !== 'withdrawn';
    if (code === 409)
      expect(res.body.message).toMatch(held ? /^该任务已被.+揭榜$/ : /^当前状态为“.+”，不能.+$/);
    if (code === 403) expect(res.body.message).toMatch(/^您没有.+的权限$/);
  });
});
