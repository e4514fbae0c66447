/**
 * Who may do what: the Users & Permissions actions each role is granted at start-up. The README's
 * permission matrix is this table; a test keeps the two the same.
 */
import { ROLES, type Role } from '@yanzhen/config';

export { ROLES };
export type RoleType = Role;

export const ROLE_INFO: Record<RoleType, { name: string; description: string }> = {
  staff: { name: '业务人员', description: '组织部、乡镇工作人员：维护各类台账、导入导出、需求分级' },
  publicity: { name: '宣传人员', description: '撰写和发布榜样故事，维护荣誉' },
  supervisor: { name: '审核领导', description: '镇党委、组织部领导：审核任务、考核、挂职，发布积分' },
  member: { name: '党员', description: '居住地党员、包联单位党员：揭小榜、报告办结、查看本人积分' },
  unit: { name: '包联单位', description: '包联单位联络人：揭大榜、报告办结' },
};

/** Bump when the table changes: start-up then brings every role's permissions back to the table. */
export const MATRIX_VERSION = 6;

const READ = ['find', 'findOne'];
const ALL = [...READ, 'create', 'update', 'delete'];

type Grants = Record<string, string[]>;

const everyRecord = (actions: string[], types: string[]): Grants =>
  Object.fromEntries(types.map((t) => [t, actions]));

const RECORDS = [
  'town',
  'community',
  'grid',
  'compound',
  'partner-unit',
  'worker',
  'party-member',
  'recruitment',
  'trial-post',
  'training',
  'degree-program',
  'course',
  'enrollment',
  'branch',
  'secondment',
  'pay-scale',
  'appraisal',
  'promotion',
  'task',
  'board',
  'showcase',
  'source-group',
];

/** Every account reads its own messages; only the system writes them (issue 15). */
const OWN_MESSAGES: Grants = { notification: READ };

export const MATRIX: Record<RoleType, Grants> = {
  staff: {
    ...OWN_MESSAGES,
    ...everyRecord(ALL, RECORDS),
    task: [...ALL, 'triage', 'claim', 'submit', 'followUp', 'withdraw', 'release'],
    secondment: [...ALL, 'test', 'start', 'complete'],
    board: [...ALL, 'post'],
    showcase: [...ALL, 'draft', 'publish'],
    honour: READ,
    story: [...READ, 'create', 'update'],
    'points-entry': READ,
    'score-publication': [...READ, 'draft'],
    payroll: [...READ, 'draft'],
    'payroll-line': READ,
    objection: READ,
    commendation: READ,
    'import-job': READ,
    setting: ['find'],
  },
  publicity: {
    ...OWN_MESSAGES,
    ...everyRecord(READ, ['town', 'community', 'compound', 'partner-unit', 'worker', 'party-member']),
    honour: ALL,
    story: [...ALL, 'publish', 'unpublish'],
    'import-job': READ,
    setting: ['find'],
  },
  supervisor: {
    ...OWN_MESSAGES,
    ...everyRecord(READ, [
      ...RECORDS,
      'honour',
      'story',
      'points-entry',
      'score-publication',
      'objection',
      'commendation',
      'audit-entry',
      'import-job',
    ]),
    task: [...READ, 'approve', 'reject', 'revoke'],
    secondment: [...READ, 'approve', 'reject'],
    'score-publication': [...READ, 'draft', 'publish', 'finalize'],
    objection: [...READ, 'uphold', 'dismiss'],
    commendation: [...READ, 'propose', 'confirm', 'decline'],
    appraisal: [...READ, 'approve', 'reopen', 'approveTown'],
    'pay-scale': [...READ, 'approve'],
    promotion: [...READ, 'approve', 'reject'],
    payroll: [...READ, 'approve'],
    'payroll-line': READ,
    story: [...READ, 'update', 'publish', 'unpublish'],
    setting: ['find', 'update'],
  },
  member: {
    ...OWN_MESSAGES,
    ...everyRecord(READ, [
      'community',
      'compound',
      'partner-unit',
      'task',
      'board',
      'party-member',
      'points-entry',
    ]),
    task: [...READ, 'claim', 'submit'],
    'score-publication': READ,
    objection: [...READ, 'create'],
    commendation: READ,
  },
  unit: {
    ...OWN_MESSAGES,
    ...everyRecord(READ, [
      'community',
      'compound',
      'partner-unit',
      'party-member',
      'task',
      'board',
      'points-entry',
    ]),
    task: [...READ, 'claim', 'submit'],
    'score-publication': READ,
    objection: [...READ, 'create'],
    commendation: READ,
  },
};

/** Accounts (Users & Permissions users) are kept by supervisors, within their scope. */
const ACCOUNT_KEEPERS: readonly RoleType[] = ['supervisor'];

/** `api::worker.worker.find` and so on: the role's actions as Users & Permissions names them. */
export function actionsOf(role: RoleType): string[] {
  const records = Object.entries(MATRIX[role]).flatMap(([type, actions]) =>
    actions.map((a) => `api::${type}.${type}.${a}`),
  );
  const accounts = ACCOUNT_KEEPERS.includes(role)
    ? ALL.map((a) => `plugin::users-permissions.user.${a}`)
    : [];
  return [...records, ...accounts];
}
