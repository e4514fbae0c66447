/**
 * The dashboard's workforce section (issue 6), within the viewer's scope: staffing quota against headcount
 * by position, communities over or under quota or without a secretary, reserves without a mentor,
 * training person-times by year, and the degree programme's progress towards its target.
 */
import {
  COLLEGE_OR_ABOVE,
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

interface Community {
  id: number;
  documentId: string;
  name: string;
  population: number | null;
  areaKm2: number | string | null;
  securityLevel: string | null;
}
const ON_DUTY = { status: { $notIn: [...OFF_DUTY] } };

/** Quota against headcount per community; on-duty workers counted by community and position in SQL. */
async function staffing({ rows, countBy }: Scoped) {
  const communities = await rows<Community>('communities', {}, [
    'id',
    'documentId',
    'name',
    'population',
    'areaKm2',
    'securityLevel',
  ]);
  const byCommunity = new Map<number, ByPosition>();
  for (const { values, count } of await countBy('workers', ON_DUTY, ['community', 'position'])) {
    if (values.community === null) continue;
    const id = Number(values.community);
    const here = byCommunity.get(id) ?? noOne();
    here[values.position as keyof ByPosition] += count;
    byCommunity.set(id, here);
  }
  const perCommunity = communities.map((c) => {
    const byPosition = byCommunity.get(c.id) ?? noOne();
    const headcount = POSITIONS.reduce((n, p) => n + byPosition[p], 0);
    const quota = staffingQuota({ ...c, areaKm2: c.areaKm2 === null ? null : Number(c.areaKm2) });
    return {
      id: c.documentId,
      name: c.name,
      quota,
      headcount,
      staffing: staffingOf(quota, headcount),
      byPosition,
      // Every worker counted here is on duty and in a community: each secretary is a current one.
      secretaries: byPosition.secretary,
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
  const reserves = await s.rows<{ documentId: string; name: string }>(
    'workers',
    { ...ON_DUTY, isReserve: true, mentor: { id: { $null: true } } },
    ['documentId', 'name'],
  );
  const trainings = await s.rows<{ id: number; level: string; startDate: string }>('trainings', {}, [
    'id',
    'level',
    'startDate',
  ]);
  const attendees = await s.linkCounts('trainings', {}, 'attendees', 'workers');
  const programs = await s.rows<{ endYear: number }>('degree-programs', {}, ['endYear']);
  let onDuty = 0;
  let college = 0;
  for (const { values, count } of await s.countBy('workers', ON_DUTY, ['education'])) {
    onDuty += count;
    if (COLLEGE_OR_ABOVE.includes(String(values.education))) college += count;
  }
  return {
    ...(await staffing(s)),
    reservesWithoutMentor: reserves.map((w) => ({ id: w.documentId, name: w.name })),
    trainingByYear: personTimesByYear(
      trainings.map((t) => ({
        level: t.level,
        startDate: String(t.startDate),
        attendees: attendees.get(t.id) ?? 0,
      })),
    ),
    degreeProgress: {
      collegeRate: rate(college, onDuty),
      target: rules.workforce.degree.targetCollegeRate,
      belowCollege: onDuty - college,
      endYear: programs.length ? Math.max(...programs.map((p) => p.endYear)) : null,
    },
  };
}
