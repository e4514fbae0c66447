/** 310 community workers (39 secretaries, 115 from one recruitment), reserves with mentors, party members. */
import { averageAge } from '@yanzhen/config';
import type { Doc, Seed } from './context';
import type { Organisation } from './organisation';
import { idNumber, mobile, personName, yearsBefore, type Random } from './random';

export interface Worker extends Doc {
  name: string;
  education: string;
  position: string;
  community: string;
  town: string;
}

export interface People {
  workers: Worker[];
  secretaries: Worker[];
  /** Per community: the people who could lead it next. */
  reserves: Worker[];
  members: (Doc & { name: string; kind: string; unit: string | null; community: string })[];
}

/** The document's figures for the 39 secretaries. */
const SECRETARY_AVERAGE_AGE = 37.9;
const SECRETARY_EDUCATION = [
  ...Array<string>(15).fill('college'),
  ...Array<string>(10).fill('bachelor'),
  ...Array<string>(2).fill('postgraduate'),
  ...Array<string>(12).fill('senior'),
];

function shuffle<T>(r: Random, list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Ages around the average in pairs (a − d, a + d), so their mean is the average. */
function secretaryBirthDates(r: Random, count: number, at: string): string[] {
  const ages: number[] = count % 2 ? [SECRETARY_AVERAGE_AGE] : [];
  while (ages.length < count) {
    const d = r.int(5, 90) / 10;
    ages.push(SECRETARY_AVERAGE_AGE - d, SECRETARY_AVERAGE_AGE + d);
  }
  const births = shuffle(r, ages).map((a) => yearsBefore(at, a));
  if (averageAge(births, at) !== SECRETARY_AVERAGE_AGE)
    throw new Error('demo secretaries miss the average age');
  return births;
}

const OTHER_EDUCATION = [
  'junior',
  'senior',
  'senior',
  'senior',
  'college',
  'college',
  'college',
  'bachelor',
  'bachelor',
];

export async function seedPeople(s: Seed, org: Organisation): Promise<People> {
  const { r, at } = s;
  const recruitment = await s.create('api::recruitment.recruitment', {
    year: 2025,
    title: '2025年公开招聘社区专职工作者、专职网格员',
    kind: 'mixed',
    planned: 120,
    announcedAt: '2025-03-10',
  });
  const usedIds = new Set<string>();
  const births = secretaryBirthDates(r, org.communities.length, at);
  const educations = shuffle(r, SECRETARY_EDUCATION);
  const workers: Worker[] = [];
  const secretaries: Worker[] = [];
  const reserves: Worker[] = [];

  const addWorker = async (c: Organisation['communities'][number], data: Record<string, unknown>) => {
    const female = r.chance(0.55);
    const birthDate = (data.birthDate as string) ?? yearsBefore(at, r.int(230, 550) / 10);
    let id = idNumber(r, birthDate, female);
    while (usedIds.has(id)) id = idNumber(r, birthDate, female);
    usedIds.add(id);
    const name = personName(r);
    const record = {
      name,
      gender: female ? 'female' : 'male',
      birthDate,
      idNumber: id,
      phone: mobile(r),
      education: r.pick(OTHER_EDUCATION),
      politicalStatus: r.pick(['member', 'member', 'probationary', 'league', 'masses']),
      isVeteran: r.chance(0.08),
      isReturningGraduate: r.chance(0.12),
      community: c.documentId,
      grid: r.pick(c.grids).documentId,
      hireDate: `${r.int(2010, 2023)}-0${r.int(1, 9)}-01`,
      qualification: r.pick(['none', 'none', 'assistant', 'social', 'senior']),
      payLevel: r.int(1, 8),
      ...data,
    };
    const doc = await s.create('api::worker.worker', record);
    const w = {
      ...doc,
      name,
      education: record.education as string,
      position: String(data.position),
      community: c.documentId,
      town: c.town.documentId,
    };
    workers.push(w);
    return w;
  };

  for (const [i, c] of org.communities.entries()) {
    const secretary = await addWorker(c, {
      birthDate: births[i],
      education: educations[i],
      politicalStatus: 'member',
      position: 'secretary',
      isConcurrent: true,
      postTier: 1,
      careerStage: 'cadre',
    });
    secretaries.push(secretary);
    const mentor = secretary.documentId;
    await addWorker(c, { position: 'deputy', postTier: 2, careerStage: 'cadre', politicalStatus: 'member' });
    const committee = await addWorker(c, {
      position: 'committee',
      postTier: 3,
      careerStage: 'cadre',
      isReserve: true,
      mentor,
    });
    const hires = i < 37 ? 3 : 2;
    const recruited: Worker[] = [];
    for (let k = 0; k < hires; k += 1) {
      recruited.push(
        await addWorker(c, {
          position: k === 0 ? 'grid' : 'worker',
          postTier: 4,
          recruitment: recruitment.documentId,
          hireDate: '2025-07-01',
          isReserve: k === 0,
          mentor: k === 0 ? mentor : undefined,
        }),
      );
    }
    const veteran = await addWorker(c, {
      position: 'worker',
      postTier: 4,
      isReserve: true,
      mentor,
      isVeteran: true,
    });
    await addWorker(c, { position: 'grid', postTier: 4 });
    reserves.push(committee, recruited[0], veteran);
  }

  for (const [i, w] of reserves.entries()) {
    if (i % 3 !== 0) continue;
    await s.create('api::trial-post.trial-post', {
      worker: w.documentId,
      kind: i % 2 ? 'acting' : 'trial',
      post: i % 2 ? '社区居委会副主任（顶岗）' : '社区党委委员（试岗）',
      community: w.community,
      startDate: '2025-09-01',
      endDate: '2025-12-31',
      result: r.pick(['excellent', 'competent', 'competent']),
      evaluation: '能较快进入角色，群众工作方法得当。',
    });
  }

  const members: People['members'] = [];
  /** What a member says they can do, and the rulebook's specialties that makes them. */
  const SPECIALTIES: [string, string[]][] = [
    ['医疗护理，会量血压、测血糖', ['medical', 'eldercare']],
    ['律师，可提供法律咨询', ['legal', 'antifraud']],
    ['水电维修', ['repairs']],
    ['文艺宣传，会写标语、拍视频', ['arts']],
    ['心理咨询师', ['counselling']],
    ['中学教师，可辅导功课', ['tutoring']],
    ['电脑网络，会教老人用手机', ['it', 'eldercare']],
    ['园艺绿化', ['environment']],
  ];
  for (let k = 0; k < 80; k += 1) {
    const unitKind = k % 8 >= 5;
    const unit = unitKind ? org.units[k % org.units.length] : null;
    const c = org.communities[(k * 7) % org.communities.length];
    // Drawn in the order the demo always drew them: its figures follow from this sequence.
    const name = personName(r);
    const phone = mobile(r);
    const workUnit = unit
      ? unit.name
      : r.pick(['区第一中学', '市医疗保障局', '退休', '个体经营', '区人民法院', '街道卫生服务中心']);
    const compound = r.pick(c.compounds).documentId;
    const [specialtyNote, specialties] = r.pick(SPECIALTIES);
    const doc = await s.create('api::party-member.party-member', {
      name,
      phone,
      workUnit,
      partnerUnit: unit?.documentId,
      community: c.documentId,
      compound,
      kind: unitKind ? 'unit' : 'resident',
      specialties,
      specialtyNote,
      commitment: '亮身份、作表率，每月至少认领一项小区实事。',
    });
    members.push({
      ...doc,
      name,
      kind: unitKind ? 'unit' : 'resident',
      unit: unit?.documentId ?? null,
      community: c.documentId,
    });
  }
  return { workers, secretaries, reserves, members };
}
