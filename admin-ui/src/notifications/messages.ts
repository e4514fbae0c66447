/** Texts of the bell and the 消息 page (`app.notifications.*`); the same keys in both languages. */
const zh = {
  menu: '消息',
  title: '消息',
  bell: '消息（%{smart_count} 条待看）',
  read_all: '全部标为已读',
  empty: '暂无消息',
  unread: '未读',
  read: '已读',
  digest: '接收每周榜单推荐',
  waiting_reports: '待验收 %{smart_count} 件',
  waiting_objections: '待处理异议 %{smart_count} 条',
  text: {
    board: '第%{number}期榜单有 %{count} 件小榜任务适合您',
    approved: '您报告办结的“%{title}”已验收通过，+%{points} 分',
    returned: '您报告办结的“%{title}”被退回：%{reason}',
    upheld: '您的积分异议成立：%{resolution}',
    dismissed: '您的积分异议不成立：%{resolution}',
    invited: '邀请您揭榜“%{title}”：%{reasons}',
  },
};

const en: typeof zh = {
  menu: 'Messages',
  title: 'Messages',
  bell: 'Messages (%{smart_count} to see)',
  read_all: 'Mark all read',
  empty: 'No messages',
  unread: 'Unread',
  read: 'Read',
  digest: 'Weekly board suggestions',
  waiting_reports: '%{smart_count} reports to approve',
  waiting_objections: '%{smart_count} objections to decide',
  text: {
    board: 'Board no. %{number} has %{count} small tasks that suit you',
    approved: 'Your report on "%{title}" was approved: +%{points} points',
    returned: 'Your report on "%{title}" was returned: %{reason}',
    upheld: 'Your objection was upheld: %{resolution}',
    dismissed: 'Your objection was dismissed: %{resolution}',
    invited: 'You are invited to claim "%{title}": %{reasons}',
  },
};

export const notificationMessages = {
  zh: { app: { notifications: zh } },
  en: { app: { notifications: en } },
};
