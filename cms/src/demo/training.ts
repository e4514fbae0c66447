/**
 * Trainings (110 provincial and municipal, 1,200 district person-times), the degree programme (48
 * courses, a first cohort of 71), 35 party branches and 64 red owners' committees led by 27 workers,
 * and 21 secondments.
 */
import type { Seed } from './context';
import type { Organisation } from './organisation';
import type { People } from './people';
import type { Random } from './random';

/** [level, title, attendees] — person-times per level add up to the document's figures. */
const TRAININGS: [string, string, number][] = [
  ['provincial', '全省城市社区党组织书记示范培训班', 15],
  ['provincial', '全省社区治理骨干能力提升研修班', 15],
  ['municipal', '全市社区工作者“头雁”培训班', 20],
  ['municipal', '全市网格化服务管理业务培训', 20],
  ['municipal', '全市社区工作者职业资格考前辅导', 20],
  ['municipal', '全市基层党建工作示范培训', 20],
  ...[
    '新时代基层干部主题培训（第一期）',
    '新时代基层干部主题培训（第二期）',
    '社区工作者政治理论轮训',
    '居民矛盾纠纷化解实务',
    '社区应急管理与安全生产',
    '智慧社区信息系统操作',
    '社区养老服务与关爱帮扶',
    '小区党支部和业委会工作实务',
  ].map((t): [string, string, number] => ['district', t, 150]),
];

const MAJOR_COURSES = [
  '社区管理',
  '社会工作概论',
  '基层党建理论与实务',
  '公共政策分析',
  '行政管理学',
  '社会学概论',
  '法律基础',
  '人口与社会保障',
  '城市社区治理',
  '社会心理学',
  '公文写作',
  '组织行为学',
];

function sample<T>(r: Random, list: T[], n: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(r.int(0, pool.length - 1), 1)[0]);
  return out;
}

export async function seedTraining(s: Seed, org: Organisation, people: People): Promise<void> {
  const { r } = s;
  for (const [i, [level, title, count]] of TRAININGS.entries()) {
    const month = String((i % 10) + 1).padStart(2, '0');
    await s.create('api::training.training', {
      title,
      level,
      form: level === 'district' ? 'inbound' : 'outbound',
      theme: '提升政治素质和服务能力',
      startDate: `2025-${month}-10`,
      endDate: `2025-${month}-12`,
      hours: level === 'district' ? 16 : 24,
      organizer: level === 'district' ? '区委组织部' : level === 'municipal' ? '市委组织部' : '省委组织部',
      attendees: sample(
        r,
        level === 'district' ? people.workers : people.secretaries.concat(people.reserves),
        count,
      ).map((w) => w.documentId),
    });
  }
  for (const town of org.towns) {
    const local = people.workers.filter((w) => w.town === town.documentId);
    await s.create('api::training.training', {
      title: `${town.name}社区工作者周末课堂`,
      level: 'town',
      form: 'inbound',
      startDate: '2025-11-15',
      hours: 4,
      organizer: `${town.name}党（工）委`,
      attendees: sample(r, local, 20).map((w) => w.documentId),
    });
  }

  const program = await s.create('api::degree-program.degree-program', {
    name: '社区工作者学历提升“三年攻坚”计划',
    school: '市广播电视大学区分校',
    startYear: 2023,
    endYear: 2026,
    tuition: 6000,
    subsidyRate: 0.5,
  });
  for (let k = 0; k < 48; k += 1) {
    await s.create('api::course.course', {
      name: k < MAJOR_COURSES.length ? MAJOR_COURSES[k] : `专业拓展课（${k - MAJOR_COURSES.length + 1}）`,
      code: `SQ${String(k + 1).padStart(3, '0')}`,
      program: program.documentId,
      credits: k % 3 === 0 ? 4 : 3,
      semester: (k % 6) + 1,
      kind: k < 36 ? 'compulsory' : 'elective',
    });
  }
  const belowCollege = people.workers.filter((w) => w.education === 'junior' || w.education === 'senior');
  if (belowCollege.length < 71)
    throw new Error('demo has too few workers below college for the first cohort');
  for (const w of belowCollege.slice(0, 71)) {
    await s.create('api::enrollment.enrollment', {
      worker: w.documentId,
      program: program.documentId,
      cohort: 1,
      status: 'enrolled',
      enrolledAt: '2023-09-01',
      tuition: 6000,
    });
  }

  await seedPractice(s, org, people);
  await seedSecondments(s, org, people);
}

async function seedPractice(s: Seed, org: Organisation, people: People): Promise<void> {
  const compounds = org.communities.flatMap((c) =>
    c.compounds.map((p) => ({ compound: p, community: c.documentId })),
  );
  const leaders = people.secretaries.slice(0, 27);
  // Each of the 27 leads the first compound of their community: its party branch and its committee.
  const led = leaders.map((w) => compounds.find((p) => p.community === w.community));
  const ordered = [...led, ...compounds.filter((p) => !led.includes(p))].filter((p) => p !== undefined);
  for (const [i, p] of ordered.entries()) {
    const lead = i < leaders.length ? leaders[i].documentId : undefined;
    if (i < 35) {
      await s.create('api::branch.branch', {
        name: `${i + 1}号小区党支部`,
        kind: 'party-branch',
        compound: p.compound.documentId,
        establishedAt: '2024-05-01',
        leadWorker: lead,
      });
    }
    if (i < 72) {
      await s.create('api::branch.branch', {
        name: `${i + 1}号小区业主委员会`,
        kind: 'owners-committee',
        isRed: i < 64,
        compound: p.compound.documentId,
        establishedAt: '2024-06-01',
        leadWorker: lead,
      });
    }
  }
}

async function seedSecondments(s: Seed, org: Organisation, people: People): Promise<void> {
  const candidates = people.workers.filter((w) => w.position === 'deputy' || w.position === 'committee');
  const posts = ['党政办副主任', '社会事务办副主任', '综治中心副主任', '党建办副主任', '经济发展办副主任'];
  for (let k = 0; k < 21; k += 1) {
    const w = candidates[(k * 5) % candidates.length];
    const status = k < 12 ? 'active' : k < 18 ? 'completed' : 'approved';
    const town = org.towns[k % org.towns.length];
    await s.create('api::secondment.secondment', {
      worker: w.documentId,
      targetOrg: `${town.name}${town.name.endsWith('镇') ? '人民政府' : '办事处'}`,
      targetPost: posts[k % posts.length],
      appliedAt: '2025-02-20',
      testScore: 75 + ((k * 7) % 20),
      status,
      startDate: status === 'approved' ? '2026-09-01' : status === 'active' ? '2026-03-01' : '2025-03-01',
      endDate: status === 'completed' ? '2026-02-28' : undefined,
      reviewNote: '经个人申请、综合测试、镇党委审核，同意挂职。',
      evaluation: status === 'completed' ? '挂职期间表现突出，解决复杂问题能力明显提升。' : undefined,
    });
    if (status === 'active') {
      await s.strapi
        .documents('api::worker.worker')
        .update({ documentId: w.documentId, data: { status: 'seconded' } });
    }
  }
}
