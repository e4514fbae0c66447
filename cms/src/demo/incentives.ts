/**
 * Honours (21 representatives, 1 national advanced organisation, 11 demonstration communities and
 * compounds), role-model stories, and this year's pay table.
 */
import { rules } from '@yanzhen/config';
import type { Seed } from './context';
import type { Organisation } from './organisation';
import type { People } from './people';

const REPRESENTATIVES: [string, string][] = [
  ['区人大代表', 'district'],
  ['区党代会代表', 'district'],
  ['区政协委员', 'district'],
  ['市人大代表', 'municipal'],
];

export async function seedIncentives(s: Seed, org: Organisation, people: People): Promise<void> {
  const honours: string[] = [];
  for (let k = 0; k < 21; k += 1) {
    const [title, level] = REPRESENTATIVES[k % REPRESENTATIVES.length];
    const w = people.secretaries[(k * 2) % people.secretaries.length];
    const h = await s.create('api::honour.honour', {
      title,
      category: 'representative',
      level,
      year: 2022 + (k % 3),
      worker: w.documentId,
      issuer: '区委组织部',
    });
    honours.push(h.documentId);
  }
  const national = await s.create('api::honour.honour', {
    title: '全国先进基层群众性自治组织',
    category: 'advanced-collective',
    level: 'national',
    year: 2024,
    community: org.communities[0].documentId,
    issuer: '民政部',
  });
  for (let k = 0; k < 11; k += 1) {
    const c = org.communities[(k * 3 + 1) % org.communities.length];
    const onCompound = k >= 4;
    await s.create('api::honour.honour', {
      title: `${k < 3 ? '省级' : '市级'}基层治理示范${onCompound ? '小区' : '社区'}`,
      category: 'demonstration',
      level: k < 3 ? 'provincial' : 'municipal',
      year: 2023 + (k % 3),
      community: onCompound ? undefined : c.documentId,
      compound: onCompound ? c.compounds[0].documentId : undefined,
      issuer: k < 3 ? '省民政厅' : '市民政局',
    });
  }
  await s.create('api::honour.honour', {
    title: '全区优秀社区工作者',
    category: 'personal',
    level: 'district',
    year: 2025,
    worker: people.reserves[0].documentId,
    issuer: '区委组织部',
  });

  const stories = [
    {
      title: '“头雁”领航：和平社区书记的十年坚守',
      slug: 'heping-shuji-shinian',
      summary: '从网格员到社区书记，她把群众的小事当作自己的大事。',
      subjectWorkers: [people.secretaries[0].documentId],
      subjectCommunities: [org.communities[0].documentId],
      honour: honours[0],
      publish: true,
    },
    {
      title: '全国先进背后的“绣花功夫”',
      slug: 'quanguo-xianjin-xiuhua-gongfu',
      summary: '一个社区如何把 4000 多户居民的急难愁盼一件件办成。',
      subjectWorkers: [],
      subjectCommunities: [org.communities[0].documentId],
      honour: national.documentId,
      publish: true,
    },
    {
      title: '揭榜领单：下沉党员的一个周末',
      slug: 'jiebang-lingdan-yige-zhoumo',
      summary: '周五张榜，周六揭榜，周日办结——小榜单里的大民生。',
      subjectWorkers: [],
      subjectCommunities: [org.communities[5].documentId],
      honour: undefined,
      publish: true,
    },
    {
      title: '返乡大学生的社区第一年（草稿）',
      slug: 'fanxiang-daxuesheng-diyinian',
      summary: '待补充采访素材。',
      subjectWorkers: [people.reserves[1].documentId],
      subjectCommunities: [],
      honour: undefined,
      publish: false,
    },
  ];
  for (const { publish, ...story } of stories) {
    const doc = await s.create('api::story.story', {
      ...story,
      author: '区委组织部宣传组',
      body: `<p>${story.summary}</p><p>（示范数据）让身边人讲述身边事，用身边事教育身边人。</p>`,
    });
    if (publish) await s.strapi.documents('api::story.story').publish({ documentId: doc.documentId });
  }

  // A table whose lowest cell keeps the yearly base above the city average wage.
  const cityAverageWage = 78_000;
  const cells: Record<string, number[]> = {};
  for (const { tier } of rules.pay.posts) {
    const start = 7_000 + (4 - tier) * 800;
    cells[String(tier)] = Array.from({ length: rules.pay.levels }, (_, i) => start + i * 200);
  }
  await s.create('api::pay-scale.pay-scale', {
    year: 2026,
    title: '2026年社区工作者“四岗八级”报酬标准',
    effectiveFrom: '2026-01-01',
    cityAverageWage,
    cells,
    seniorityPerYear: rules.pay.seniority.perYear,
    seniorityCap: rules.pay.seniority.cap,
    qualificationAllowances: rules.pay.qualificationAllowance,
    rates: rules.pay.rates,
  });
}
