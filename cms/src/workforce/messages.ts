/** Workforce and training messages (issue 6), merged into the panel's catalog. */

export const zh = {
  secretary_exists: '%{community}已有现任书记%{secretary}，一个社区只能有一名书记',
  subsidy_rate_min: '学费补贴比例不得低于 %{min}，也不能超过 100%（收到 %{rate}）',
  secondment_open: '%{worker}已有一项%{status}的挂职，办结后才能再次申请',
  worker_unavailable: '%{worker}当前状态为“%{status}”，不能开始挂职',
  self_mentor: '不能担任自己的帮带导师',
};

export const en: Record<keyof typeof zh, string> = {
  secretary_exists: '%{community} already has a secretary, %{secretary}: a community has one secretary',
  subsidy_rate_min: 'The tuition subsidy must be at least %{min} and at most 100% (got %{rate})',
  secondment_open: '%{worker} already has a secondment that is %{status}; it must end before another',
  worker_unavailable: '%{worker} is "%{status}" and cannot start a secondment',
  self_mentor: 'A worker cannot mentor themselves',
};

declare module '../panel/messages' {
  interface MessageCodes {
    workforce: keyof typeof zh;
  }
}
