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
};

declare module '../panel/messages' {
  interface MessageCodes {
    incentives: keyof typeof zh;
  }
}
