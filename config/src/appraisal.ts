/** 绩效考核 — the seven items, grade thresholds, the conditions that bar a grade, the quota. */
export type AppraisalItemKey =
  | 'duty'
  | 'attendance'
  | 'excellence'
  | 'satisfaction'
  | 'learning'
  | 'integrity'
  | 'taskBoard';

export interface AppraisalItem {
  key: AppraisalItemKey;
  label: string;
  weight: number;
}

export interface Condition {
  key: string;
  text: string;
}

export interface AppraisalRules {
  items: readonly AppraisalItem[];
  thresholds: { excellent: number; pass: number; basic: number };
  /** Any of these caps the grade at pass (不得评为优秀). */
  barsExcellent: readonly Condition[];
  /** Any of these makes the grade fail (不得评为合格). */
  barsPass: readonly Condition[];
  /** Any of these recommends dismissal (按程序解聘退出). */
  dismissal: readonly Condition[];
  /** Largest share of a town's on-duty workers that may be appraised excellent in one year. */
  excellentQuota: number;
  /** The 揭榜领单 item proposed from a year's task-board points: its full weight at this many points. */
  taskBoardPointsForFull: number;
}

export const appraisal: AppraisalRules = {
  items: [
    { key: 'duty', label: '履职尽责', weight: 30 },
    { key: 'attendance', label: '岗位出勤', weight: 15 },
    { key: 'excellence', label: '创先争优', weight: 15 },
    { key: 'satisfaction', label: '群众满意', weight: 15 },
    { key: 'learning', label: '学习培训', weight: 10 },
    { key: 'integrity', label: '廉洁自律', weight: 10 },
    { key: 'taskBoard', label: '揭榜领单', weight: 5 },
  ],
  thresholds: { excellent: 90, pass: 75, basic: 60 },
  barsExcellent: [
    { key: 'E1', text: '年度内受到诫勉谈话、通报批评的' },
    { key: 'E2', text: '年度内累计事假超过30天或病假超过60天的' },
    { key: 'E3', text: '所负责工作被上级督查通报、造成不良影响的' },
  ],
  barsPass: [
    { key: 'P1', text: '年度内受到党纪政务处分尚在影响期内的' },
    { key: 'P2', text: '无正当理由连续旷工超过5天或累计超过10天的' },
    { key: 'P3', text: '群众满意度测评低于60%的' },
    { key: 'P4', text: '工作严重失职、造成重大损失或恶劣影响的' },
  ],
  dismissal: [
    { key: 'D1', text: '连续两年年度考核不合格的' },
    { key: 'D2', text: '无正当理由连续旷工超过15天或一年内累计超过30天的' },
    { key: 'D3', text: '受到开除党籍处分或被依法追究刑事责任的' },
    { key: 'D4', text: '违反廉洁纪律、侵害群众利益，情节严重的' },
    { key: 'D5', text: '参与或组织非法活动、造成恶劣社会影响的' },
    { key: 'D6', text: '严重违反工作纪律、经教育仍不改正的' },
    { key: 'D7', text: '因个人原因不能正常履职超过6个月的' },
  ],
  excellentQuota: 0.2,
  taskBoardPointsForFull: 50,
};
