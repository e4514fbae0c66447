/** The task board's messages (issue 4), merged into the panel's catalog. */

export const zh = {
  claimed_by: '该任务已被%{holder}揭榜',
  tier_mismatch: '%{tier}任务只能由%{who}揭榜',
  not_claimant: '只有揭榜人可以报告办结',
  objection_window_open: '异议期尚未结束，不能定稿',
  objections_open: '还有 %{count} 条异议未处理，不能定稿',
  objection_window_closed: '该季度积分不在公示异议期内',
  not_on_table: '只有公示名单上的党员或单位可以提出异议',
  letter_not_ready: '表彰确认后才有表彰信',
  bad_year: '年度应写作“2026”这样的四位数字（2000–2100），收到的是“%{year}”',
  no_letters: '%{year} 年度还没有已确认的表彰，没有可下载的表彰信',
  bad_quarter: '季度应写作“2026-Q3”这样的格式，收到的是“%{quarter}”',
  no_scores: '%{quarter} 的积分尚未公示',
  quarter_not_ended: '%{quarter} 尚未结束，季度结束后才能起草积分表',
  no_showcase: '%{month} 的成果晾晒尚未发布',
  matches_forbidden: '只有业务人员和审核领导可以查看推荐人选',
  matches_closed: '任务当前状态为“%{state}”：分级后、揭榜前才推荐人选',
  match_specialty: '特长：%{specialty}',
  match_compound: '同小区',
  match_community: '同社区',
  match_paired: '包联本社区',
  match_fresh: '本季度尚未揭榜',
  match_open: '在办 %{count} 件',
  followed_up: '该任务本次验收后已回访（%{result}），不能再次回访',
  follow_up_window_closed: '回访应在验收通过后 %{days} 天内进行，已超出回访期限',
  digest_members_only: '只有党员本人可以设置每周榜单推荐',
  bad_board_digest: '接收每周榜单推荐 boardDigest 应为 true 或 false',
  invite_forbidden: '只有业务人员可以邀请揭榜',
  invite_whom: '请指定一名党员（member）或一个包联单位（unit）',
  invite_no_account: '该党员或单位还没有登录账号，无法通知；可由业务人员代为揭榜',
  invite_sent: '已邀请过，不再重复通知',
};

export const en: Record<keyof typeof zh, string> = {
  claimed_by: 'This task has already been claimed by %{holder}',
  tier_mismatch: 'A %{tier} task can only be claimed by %{who}',
  not_claimant: 'Only the claimant can report this task done',
  objection_window_open: 'The objection period has not ended yet',
  objections_open: '%{count} objections are still open',
  objection_window_closed: 'This score table is not open for objections',
  not_on_table: 'Only members and units on the table may object',
  letter_not_ready: 'The letter exists once the commendation is confirmed',
  bad_year: 'A year is written like "2026" (2000–2100), not "%{year}"',
  no_letters: 'No commendation of %{year} has been confirmed: there are no letters to download',
  bad_quarter: 'A quarter is written like "2026-Q3", not "%{quarter}"',
  no_scores: 'No score table has been published for %{quarter}',
  quarter_not_ended: '%{quarter} has not ended: its score table is drafted after the quarter',
  no_showcase: 'No showcase has been published for %{month}',
  matches_forbidden: 'Only staff and supervisors may see suggested claimants',
  matches_closed: 'The task is %{state}: claimants are suggested after triage and before a claim',
  match_specialty: 'Specialty: %{specialty}',
  match_compound: 'Same compound',
  match_community: 'Same community',
  match_paired: 'Paired with this community',
  match_fresh: 'No claim this quarter',
  match_open: '%{count} claims in hand',
  followed_up: 'This approval has already been followed up (%{result})',
  follow_up_window_closed:
    'A follow-up is recorded within %{days} days of the approval: this one is too late',
  digest_members_only: 'Only a party member sets their own weekly board suggestions',
  bad_board_digest: 'boardDigest (weekly board suggestions) must be true or false',
  invite_forbidden: 'Only staff may invite a claimant',
  invite_whom: 'Name one party member (member) or one partner unit (unit)',
  invite_no_account: 'They have no account to be told; staff may claim on their behalf',
  invite_sent: 'Already invited: they are not told twice',
};

declare module '../panel/messages' {
  interface MessageCodes {
    board: keyof typeof zh;
  }
}
