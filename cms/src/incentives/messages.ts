/** Appraisal and pay messages (issue 5), merged into the panel's catalog. */

export const zh = {
  excellent_quota_full:
    '%{town}%{year}年优秀名额已用完：在岗 %{headcount} 人，优秀最多 %{limit} 个，已评 %{used} 个，剩余 %{remaining} 个',
  unknown_condition: '不是本区规定的情形：%{keys}',
  differs_from_proposal: '与按揭榜领单积分得出的建议分 %{proposal} 不同，请说明理由',
  cells_shape: '应为 4 个岗位各 8 个级别的月基本报酬（元，大于 0）',
  below_floor: '年基本报酬低于全市平均工资 %{wage} 元：%{cells}',
  no_approved_table: '%{year}年的薪酬标准尚未批准，不能生成工资表',
  payroll_frozen: '%{month}的工资表已审批，不能重新生成',
  payroll_busy: '%{month}的工资表正在由他人生成，请稍后刷新查看',
  not_next_stage: '只能晋升到下一阶段：%{stage}',
  not_higher_level: '新薪级应高于原薪级 %{level}，且不超过 8',
  appraisal_exists: '%{worker}%{year}年已有考核记录（%{id}），每人每年只考核一次',
  cost_bad_param: '参数 %{param} 无效：%{reason}',
  cost_against_self: '不能与本标准自身比较，请选择另一份已批准的薪酬标准',
  cost_against_missing: '找不到编号为 %{id} 的薪酬标准，无法作为比较基准',
  cost_against_draft: '%{year}年的薪酬标准尚未批准，不能作为比较基准',
  no_table_to_compare: '%{year}年及以前没有已批准的薪酬标准，无从测算新增支出',
  derive_from_draft: '%{year}年的薪酬标准尚未批准：只能从已批准的标准生成新标准',
  derive_bad_rule: '调整规则 rule 无效：%{reason}',
  derive_rule_kind: 'kind 应为 percent（按百分比）、amount（按金额）或 floor（升至全市平均工资）',
  derive_rule_percent: '百分比 percent 应为大于 -100、不超过 100 的数字',
  derive_rule_amount: '金额 amount 应为不等于 0 的数字（元）',
  derive_rule_post: '岗位 post 应为 1 至 4 的整数',
  derive_rule_level: '薪级 level 应为 1 至 8 的整数',
};

export const en: Record<keyof typeof zh, string> = {
  excellent_quota_full:
    '%{town} has no excellent places left for %{year}: %{headcount} on duty allow at most %{limit}, %{used} given, %{remaining} left',
  unknown_condition: 'Not one of the district’s conditions: %{keys}',
  differs_from_proposal: 'Differs from %{proposal}, the score proposed from task-board points: give a reason',
  cells_shape: 'Must be a monthly base (yuan, above 0) for each of 8 levels of 4 posts',
  below_floor: 'Yearly base below the city average wage of %{wage} yuan: %{cells}',
  no_approved_table: 'No approved pay table for %{year}: the payroll cannot be drafted',
  payroll_frozen: 'The payroll of %{month} is approved and cannot be drafted again',
  payroll_busy: 'The payroll of %{month} is being drafted by someone else: refresh in a moment',
  not_next_stage: 'A promotion goes to the next stage only: %{stage}',
  not_higher_level: 'The new level must be above %{level} and at most 8',
  appraisal_exists: '%{worker} already has an appraisal for %{year} (%{id}): one per worker and year',
  cost_bad_param: 'Invalid parameter %{param}: %{reason}',
  cost_against_self: 'A table cannot be compared with itself: choose another approved pay table',
  cost_against_missing: 'No pay table with id %{id} to compare with',
  cost_against_draft: 'The pay table of %{year} is not approved: it cannot be the baseline',
  no_table_to_compare: 'No approved pay table for %{year} or earlier: the added cost cannot be worked out',
  derive_from_draft:
    'The pay table of %{year} is not approved: a new table is made from an approved one only',
  derive_bad_rule: 'Invalid adjustment rule: %{reason}',
  derive_rule_kind: 'kind must be percent, amount or floor (raised to the city average wage)',
  derive_rule_percent: 'percent must be a number above -100 and at most 100',
  derive_rule_amount: 'amount must be a number (yuan) other than 0',
  derive_rule_post: 'post must be a whole number from 1 to 4',
  derive_rule_level: 'level must be a whole number from 1 to 8',
};

declare module '../panel/messages' {
  interface MessageCodes {
    incentives: keyof typeof zh;
  }
}
