/**
 * The dashboard's workforce section (issue 6), within the viewer's scope: staffing quota against headcount
 * by position, communities over or under quota or without a secretary, reserves without a mentor,
 * training person-times by year, and the degree programme's progress towards its target.
 */
import {
  COLLEGE_OR_ABOVE,
  isCurrentSecretary,
  OFF_DUTY,
  personTimesByYear,
  rate,
  rules,
  staffingOf,
  staffingQuota,
} from '@yanzhen/config';
import type { Scoped } from '../panel/domain';

const POSITIONS = ['secretary', 'director', 'deputy', 'committee', 'worker', 'grid'] as const;
type ByPosition = Record<(typeof POSITIONS)[number], number>;
const noOne = (): ByPosition => Object.fromEntries(POSITIONS.map((p) => [p, 0])) as ByPosition;

type Ref = { documentId: string } | null;
interface Community {
  documentId: string;
  name: string;
  population: number | null;
  areaKm2: number | string | null;
  securityLevel: string | null;
}
interface Worker {
  documentId: string;
  name: string;
  position: (typeof POSITIONS)[number];
  status: string;
  education: string;
  isReserve: boolean;
  community: Ref;
  mentor: Ref;
}

async function staffing({ rows }: Scoped, workers: Worker[]) {
  const communities = await rows<Community>('communities', {}, [
    'documentId',
    'name',
    'population',
    'areaKm2',
    'securityLevel',
  ]);
  const byCommunity = new Map<string, Worker[]>();
  for (const w of workers) {
    const id = w.community?.documentId;
    if (!id) continue;
    const list = byCommunity.get(id);
    if (list) list.push(w);
    else byCommunity.set(id, [w]);
  }
  const perCommunity = communities.map((c) => {
    const here = byCommunity.get(c.documentId) ?? [];
    const byPosition = noOne();
    for (const w of here) byPosition[w.position] += 1;
    const quota = staffingQuota({ ...c, areaKm2: c.areaKm2 === null ? null : Number(c.areaKm2) });
    const secretaries = here.filter((w) => isCurrentSecretary({ ...w, community: c.documentId })).length;
    return {
      id: c.documentId,
      name: c.name,
      quota,
      headcount: here.length,
      staffing: staffingOf(quota, here.length),
      byPosition,
      secretaries,
    };
  });
  const brief = ({ id, name, quota, headcount }: (typeof perCommunity)[number]) => ({
    id,
    name,
    quota,
    headcount,
  });
  const byPosition = noOne();
  for (const c of perCommunity) for (const p of POSITIONS) byPosition[p] += c.byPosition[p];
  return {
    quota: perCommunity.reduce((s, c) => s + c.quota, 0),
    headcount: perCommunity.reduce((s, c) => s + c.headcount, 0),
    byPosition,
    communitiesOver: perCommunity.filter((c) => c.staffing === 'over').length,
    communitiesUnder: perCommunity.filter((c) => c.staffing === 'under').length,
    over: perCommunity.filter((c) => c.staffing === 'over').map(brief),
    under: perCommunity.filter((c) => c.staffing === 'under').map(brief),
    withoutSecretary: perCommunity.filter((c) => c.secretaries === 0).map(({ id, name }) => ({ id, name })),
    perCommunity,
  };
}

export async function workforceFigures(s: Scoped) {
  const workers = await s.rows<Worker>(
    'workers',
    { status: { $notIn: [...OFF_DUTY] } },
    ['documentId', 'name', 'position', 'status', 'education', 'isReserve'],
    { community: { select: ['documentId'] }, mentor: { select: ['documentId'] } },
  );
  const trainings = await s.rows<{ level: string; startDate: string; attendees: unknown[] }>(
    'trainings',
    {},
    ['level', 'startDate'],
    { attendees: { select: ['id'], where: await s.scoped('workers') } },
  );
  const programs = await s.rows<{ endYear: number }>('degree-programs', {}, ['endYear']);
  const college = workers.filter((w) => COLLEGE_OR_ABOVE.includes(w.education)).length;
  return {
    ...(await staffing(s, workers)),
    reservesWithoutMentor: workers
      .filter((w) => w.isReserve && !w.mentor)
      .map((w) => ({ id: w.documentId, name: w.name })),
    trainingByYear: personTimesByYear(
      trainings.map((t) => ({
        level: t.level,
        startDate: String(t.startDate),
        attendees: t.attendees.length,
      })),
    ),
    degreeProgress: {
      collegeRate: rate(college, workers.length),
      target: rules.workforce.degree.targetCollegeRate,
      belowCollege: workers.length - college,
      endYear: programs.length ? Math.max(...programs.map((p) => p.endYear)) : null,
    },
  };
}
