/**
 * The task board: 2 big and 28 small tasks done (5 of them urgent), each with its points awarded, on
 * past weekly boards, most followed up with the resident (回访); and this week's board open with tasks listed, claimed and awaiting approval.
 */
import {
  addDays,
  currentBoardDate,
  pointsOf,
  quarterOf,
  rules,
  type TaskNeeds,
  tierOf,
} from '@yanzhen/config';
import { appendEntry } from '../taskboard/ledger';
import { quarterStandings } from '../taskboard/scores';
import type { Doc, Seed } from './context';
import type { Organisation } from './organisation';
import type { People } from './people';
import { personName, mobile } from './random';

type Category =
  | 'sanitation'
  | 'elderly'
  | 'children'
  | 'facilities'
  | 'venue'
  | 'health'
  | 'habitat'
  | 'antifraud'
  | 'patrol';

const SMALL: [string, Category][] = [
  ['清理楼道堆积杂物', 'sanitation'],
  ['陪同空巢老人就医复诊', 'elderly'],
  ['留守儿童周末课业辅导', 'children'],
  ['补设缺失井盖警示标识', 'facilities'],
  ['反诈宣传进楼栋', 'antifraud'],
  ['护林巡河志愿巡查', 'patrol'],
  ['为独居老人代购生活用品', 'elderly'],
  ['小区绿化带垃圾清理', 'sanitation'],
  ['楼栋消防通道清障', 'sanitation'],
  ['留守儿童安全教育课', 'children'],
  ['空巢老人智能手机教学', 'elderly'],
  ['河道漂浮物打捞', 'patrol'],
  ['单元门禁维修协调', 'facilities'],
  ['老年人防诈骗讲座', 'antifraud'],
  ['小区健身器材检查', 'venue'],
];
const BIG: [string, Category][] = [
  ['健康义诊进社区', 'health'],
  ['破损道路修补与人居环境修复', 'habitat'],
  ['增设居民休闲活动场地', 'venue'],
  ['老旧小区雨污管网疏通', 'habitat'],
  ['河道缺失井盖更换', 'facilities'],
];

/** The self-governing groups residents bring their needs through: the list a task's source is chosen from. */
const GROUPS: { name: string; leader: string; description: string }[] = [
  {
    name: '楼栋自管委员会',
    leader: '刘建国',
    description: '各楼栋居民推选的楼栋长、单元长，收集本楼栋的诉求',
  },
  {
    name: '邻里帮帮队',
    leader: '陈秀英',
    description: '退休党员和热心居民组成的志愿队伍，走访空巢、独居老人',
  },
  { name: '二姐工作室', leader: '王二姐', description: '社区调解和民情收集工作室，每周二、四接待居民' },
  { name: '红色物业联盟', leader: '赵明', description: '物业企业党支部和业委会的联席会议，协调小区公共事务' },
  { name: '乡贤议事会', leader: '孙德华', description: '老党员、老教师、老模范议事协商，反映村居发展诉求' },
];

async function seedGroups(s: Seed): Promise<void> {
  for (const g of GROUPS) await s.create('api::source-group.source-group', g);
}

const SMALL_NEEDS: TaskNeeds = { difficulty: 2, peopleNeeded: 2, hoursNeeded: 4, needsFunding: false };
const BIG_NEEDS: TaskNeeds = { difficulty: 4, peopleNeeded: 8, hoursNeeded: 24, needsFunding: true };

interface Plan {
  tier: 'big' | 'small';
  status: 'collected' | 'triaged' | 'listed' | 'claimed' | 'submitted' | 'approved';
  urgent?: boolean;
  /** On this week's board; done tasks are on the board of the week they were claimed. */
  current?: boolean;
  /** The day the task was claimed (done tasks) or reported. */
  claimed: string;
}

/** The first day of the quarter a date falls in. */
function quarterStart(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * Half the done tasks were claimed in the quarter before today's, so the published score table is of a
 * quarter that has ended (a table is drafted only after its quarter); the rest count in this quarter.
 */
function plansFor(today: string): Plan[] {
  const ago = (days: number) => addDays(today, -days);
  const before = (days: number) => addDays(quarterStart(today), -days);
  return [
    { tier: 'big', status: 'approved', urgent: true, claimed: before(24) },
    { tier: 'big', status: 'approved', claimed: ago(35) },
    ...Array.from(
      { length: 28 },
      (_, i): Plan => ({
        tier: 'small',
        status: 'approved',
        urgent: i < 4,
        claimed: i % 2 === 0 ? before(10 + (i % 8) * 7) : ago(56 - (i % 8) * 7),
      }),
    ),
    ...(
      [
        'listed',
        'listed',
        'listed',
        'listed',
        'claimed',
        'claimed',
        'claimed',
        'submitted',
        'submitted',
      ] as const
    ).map((status): Plan => ({ tier: 'small', status, current: true, claimed: ago(3) })),
    ...(['listed', 'listed', 'claimed', 'submitted'] as const).map(
      (status): Plan => ({ tier: 'big', status, current: true, claimed: ago(3) }),
    ),
    ...(['collected', 'collected', 'collected', 'triaged', 'triaged'] as const).map(
      (status): Plan => ({ tier: 'small', status, claimed: ago(1) }),
    ),
  ];
}

/** Most done tasks followed up two days after approval (满意, some 基本满意); the latest still due one. */
function followUpOf(i: number, reviewed: string, today: string) {
  const at = addDays(reviewed, 2);
  if (at >= today || i % 3 === 2) return {};
  const basic = i % 4 === 1;
  return {
    followUpResult: basic ? 'basic' : 'satisfied',
    followUpNote: basic ? '问题已解决，希望后续保持。' : '居民表示问题已解决，很满意。',
    followedUpAt: `${at}T10:00:00+08:00`,
  };
}

/** Weekly boards from the week of the earliest claim (eight weeks at least) to this week's, open. */
async function seedBoards(s: Seed, earliest: string): Promise<{ doc: Doc; issueDate: string }[]> {
  const thisWeek = currentBoardDate(new Date(`${s.today}T12:00:00+08:00`));
  const span = (Date.parse(thisWeek) - Date.parse(earliest)) / (7 * 86_400_000);
  const weeks = Math.max(8, Math.ceil(span));
  const boards: { doc: Doc; issueDate: string }[] = [];
  for (let k = weeks; k >= 0; k -= 1) {
    const number = weeks + 1 - k;
    const issueDate = addDays(thisWeek, -7 * k);
    const doc = await s.create('api::board.board', {
      issueDate,
      number,
      title: `第${number}期“揭榜领单”榜单`,
      status: k === 0 ? 'open' : 'closed',
    });
    boards.push({ doc, issueDate });
  }
  return boards;
}

/** Returns the best-placed party member on the published table: the demo `member` account. */
export async function seedBoard(s: Seed, org: Organisation, people: People): Promise<string> {
  const { r } = s;
  await seedGroups(s);
  const plans = plansFor(s.today);
  const boards = await seedBoards(s, plans.map((p) => p.claimed).sort()[0]);
  const boardOf = (p: Plan): Doc | undefined => {
    if (p.current) return boards[boards.length - 1].doc;
    if (p.status !== 'approved') return undefined;
    return ([...boards].reverse().find((b) => b.issueDate <= p.claimed) ?? boards[0]).doc;
  };
  const residents = people.members.filter((m) => m.kind === 'resident');
  const quarters = new Set<string>();
  for (const [i, p] of plans.entries()) {
    const [title, category] = p.tier === 'big' ? BIG[i % BIG.length] : SMALL[i % SMALL.length];
    const needs = {
      ...(p.tier === 'big' ? BIG_NEEDS : SMALL_NEEDS),
      difficulty: p.tier === 'big' ? r.int(4, 5) : r.int(1, 3),
    };
    const tier = tierOf(needs);
    if (tier !== p.tier) throw new Error('demo task needs do not give the planned tier');
    const community = org.communities[(i * 5) % org.communities.length];
    const claimed = ['claimed', 'submitted', 'approved'].includes(p.status);
    const member = residents[i % residents.length];
    const unit = org.units[i % org.units.length];
    const claimedAt = p.claimed;
    const doneAt = addDays(claimedAt, 5);
    const triaged = p.status !== 'collected';
    const group = r.pick(GROUPS.slice(0, 3)).name;
    const compound = r.pick(community.compounds).documentId;
    r.next(); // a draw kept unused: the demo's figures follow from this sequence of draws
    const task = await s.create('api::task.task', {
      title: `${community.name.replace('社区', '')}${title}`,
      description: `居民通过${group}反映：${title}，希望尽快解决。`,
      category,
      community: community.documentId,
      compound,
      sourceOrg: group,
      reportedAt: addDays(claimedAt, -4),
      reporter: personName(r),
      reporterPhone: mobile(r),
      isUrgent: Boolean(p.urgent),
      ...(triaged && { ...needs, tier, points: pointsOf(needs.difficulty) }),
      board: boardOf(p)?.documentId,
      status: p.status,
      ...(claimed && {
        claimantMember: p.tier === 'small' ? member.documentId : undefined,
        claimantUnit: p.tier === 'big' ? unit.documentId : undefined,
        claimedAt: `${claimedAt}T10:00:00+08:00`,
        dueAt: `${addDays(claimedAt, rules.taskBoard.dueDays[p.tier])}T23:59:59+08:00`,
      }),
      ...((p.status === 'submitted' || p.status === 'approved') && {
        report: '已按要求办结，居民表示满意。',
        doneAt,
      }),
      ...(p.status === 'approved' && { reviewedAt: `${addDays(doneAt, 1)}T16:00:00+08:00` }),
      ...(p.status === 'approved' && followUpOf(i, addDays(doneAt, 1), s.today)),
    });
    if (p.status === 'approved') {
      const reviewedAt = new Date(`${addDays(doneAt, 1)}T16:00:00+08:00`);
      await appendEntry(s.strapi, {
        holder: {
          member: p.tier === 'small' ? member.documentId : null,
          unit: p.tier === 'big' ? unit.documentId : null,
        },
        task: task.documentId,
        points: pointsOf(needs.difficulty),
        kind: 'award',
        reason: `办结：${title}`,
        author: null,
        at: reviewedAt,
      });
      quarters.add(quarterOf(addDays(doneAt, 1)));
    }
  }
  return publishFirstQuarter(s, [...quarters].sort()[0]);
}

/** The earliest quarter with results (the last one ended), published two days ago: its objection window is open. */
async function publishFirstQuarter(s: Seed, quarter: string): Promise<string> {
  const announced = addDays(s.today, -2);
  const ranking = await quarterStandings(s.strapi, quarter);
  await s.create('api::score-publication.score-publication', {
    quarter,
    ranking,
    status: 'published',
    announcedAt: `${announced}T09:00:00+08:00`,
    objectionDeadline: `${addDays(announced, rules.taskBoard.objectionDays)}T23:59:59+08:00`,
  });
  const star = ranking.find((row) => row.holder.startsWith('member:'));
  if (!star) throw new Error('the demo table has no party member');
  return star.holder.slice('member:'.length);
}
