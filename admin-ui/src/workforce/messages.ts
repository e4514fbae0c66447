/** Texts of the workforce screens (`app.workforce_pages.*`); the same keys in both languages. */
const zh = {
  menu: { staffing: '职数与在岗人数', reserves: '后备干部', degree: '学历提升进度' },
  staffing: {
    title: '各社区职数与在岗人数',
    summary: '核定职数 %{quota}，在岗 %{headcount} 人；超编社区 %{over} 个，缺编社区 %{under} 个',
    community: '社区',
    quota: '核定职数',
    headcount: '在岗人数',
    state: '职数情况',
    over: '超编 %{count} 人',
    under: '缺编 %{count} 人',
    ok: '正常',
    no_secretary: '无书记',
    only_flagged: '只看超编、缺编或无书记的社区',
  },
  reserves: {
    title: '各社区后备干部',
    summary: '每个社区至少 %{minimum} 名后备干部；未达标社区 %{below} 个',
    community: '社区',
    count: '后备干部人数',
    names: '后备干部',
    below: '不足 %{minimum} 名',
    ok: '达标',
    without_mentor: '未配帮带导师的后备干部：%{names}',
  },
  degree: {
    title: '学历提升进度',
    rate: '社区工作者大专及以上学历占比',
    progress: '%{rate}，目标 %{target}（%{endYear}年底）',
    no_end: '%{rate}，目标 %{target}',
    below: '尚有 %{count} 名在岗社区工作者为大专以下学历',
    secretaries: '社区党组织书记大专及以上学历占比：%{rate}',
    enrolled: '在册学员 %{enrolled} 人，已毕业 %{graduated} 人，开设课程 %{courses} 门',
  },
  worker: {
    trainings: '培训记录',
    training_summary: '共参加培训 %{count} 次，累计 %{hours} 学时',
    no_trainings: '暂无培训记录',
  },
  reserve: {
    title: '后备干部培养',
    mentor: '帮带导师',
    no_mentor: '尚未配备帮带导师',
    none: '暂无',
  },
};

const en: typeof zh = {
  menu: { staffing: 'Staffing', reserves: 'Reserve cadres', degree: 'Degree programme' },
  staffing: {
    title: 'Staffing quota and headcount by community',
    summary: 'Quota %{quota}, on duty %{headcount}; %{over} communities over quota, %{under} under',
    community: 'Community',
    quota: 'Quota',
    headcount: 'On duty',
    state: 'Staffing',
    over: '%{count} over',
    under: '%{count} short',
    ok: 'Within quota',
    no_secretary: 'No secretary',
    only_flagged: 'Only communities over or under quota or without a secretary',
  },
  reserves: {
    title: 'Reserve cadres by community',
    summary: 'At least %{minimum} reserve cadres a community; %{below} communities below',
    community: 'Community',
    count: 'Reserves',
    names: 'Reserve cadres',
    below: 'Fewer than %{minimum}',
    ok: 'Met',
    without_mentor: 'Reserves without a mentor: %{names}',
  },
  degree: {
    title: 'Degree programme progress',
    rate: 'Community workers with college education or above',
    progress: '%{rate}, target %{target} by the end of %{endYear}',
    no_end: '%{rate}, target %{target}',
    below: '%{count} workers on duty are below college level',
    secretaries: 'Community party secretaries with college or above: %{rate}',
    enrolled: '%{enrolled} enrolled, %{graduated} graduated, %{courses} courses',
  },
  worker: {
    trainings: 'Trainings',
    training_summary: '%{count} trainings, %{hours} hours in all',
    no_trainings: 'No trainings yet',
  },
  reserve: {
    title: 'Reserve cadre development',
    mentor: 'Mentor',
    no_mentor: 'No mentor yet',
    none: 'None',
  },
};

export const workforceMessages = {
  zh: { app: { workforce_pages: zh } },
  en: { app: { workforce_pages: en } },
};
