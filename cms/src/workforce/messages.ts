/** Workforce and training messages (issue 6), merged into the panel's catalog. */

export const zh = {
  secretary_exists: '%{community}已有现任书记%{secretary}，一个社区只能有一名书记',
  subsidy_rate_min: '学费补贴比例不得低于 %{min}，也不能超过 100%（收到 %{rate}）',
  secondment_open: '%{worker}已有一项%{status}的挂职，办结后才能再次申请',
  worker_unavailable: '%{worker}当前状态为“%{status}”，不能开始挂职',
  secondment_own_town: '挂职由工作者所在镇（街道）党委审核：%{worker}属%{town}，不在您的审核范围',
  self_mentor: '不能担任自己的帮带导师',
  attendee_no_workers: '请先选择要加入培训的社区工作者（workers 为记录编号的列表）',
  attendee_already: '已在该培训的参训名单中',
  attendee_no_column: '文件中没有“身份证号”或“姓名”列：第一行应为列名',
  attendee_not_found: '找不到“%{value}”：不是您管辖范围内的社区工作者',
  attendee_ambiguous: '有 %{count} 位名为“%{name}”的社区工作者，请改填身份证号',
  attendee_row: '第 %{row} 行：%{value}',
};

export const en: Record<keyof typeof zh, string> = {
  secretary_exists: '%{community} already has a secretary, %{secretary}: a community has one secretary',
  subsidy_rate_min: 'The tuition subsidy must be at least %{min} and at most 100% (got %{rate})',
  secondment_open: '%{worker} already has a secondment that is %{status}; it must end before another',
  worker_unavailable: '%{worker} is "%{status}" and cannot start a secondment',
  secondment_own_town:
    'A secondment is decided by the worker’s own town: %{worker} belongs to %{town}, not yours',
  self_mentor: 'A worker cannot mentor themselves',
  attendee_no_workers: 'Choose the workers to add to the training (workers: a list of record ids)',
  attendee_already: 'Already on the training’s list of attendees',
  attendee_no_column: 'The file has no "ID number" or "Name" column: row 1 names the columns',
  attendee_not_found: 'No worker "%{value}" within your scope',
  attendee_ambiguous: '%{count} workers are named "%{name}": give the ID number instead',
  attendee_row: 'Row %{row}: %{value}',
};

declare module '../panel/messages' {
  interface MessageCodes {
    workforce: keyof typeof zh;
  }
}
