/** `GET /api/panel/stats/overview`: the dashboard's figures (DESIGN.md §7), counted inside the viewer's scope. */
import type { Core } from '@strapi/strapi';
import { averageAge, COLLEGE_OR_ABOVE, localParts, rate, rules } from '@yanzhen/config';
import { and, assertCan, type Access } from './access';
import { aggregates } from './aggregate';
import type { Scoped } from './domain';
import { PanelError } from './errors';
import type { Where } from './query';
import type { Registry } from './registry';
import { isCalendarDate } from './values';
import type { Viewer } from './viewer';

type Uid = Parameters<Core.Strapi['db']['query']>[0];
const ON_DUTY = { status: { $notIn: ['left', 'dismissed'] } };
const LEVELS = ['national', 'provincial', 'municipal', 'district', 'town'] as const;

/** Today in the district's time zone: the UTC date is still yesterday before 08:00 in Shanghai. */
const today = () => localParts(new Date(), rules.taskBoard.calendar.timeZone).date;

export async function overview(
  strapi: Core.Strapi,
  registry: Registry,
  access: Access,
  viewer: Viewer,
  at: unknown,
  /** The domains' own sections (the workforce's figures), by key. */
  sections: [string, (s: Scoped) => Promise<unknown>][] = [],
) {
  const resource = (name: string) => {
    const r = registry.byName(name);
    if (!r) throw new Error(`resource ${name} is missing`);
    return r;
  };
  assertCan(viewer, resource('workers'), 'find');
  if (at !== undefined && (typeof at !== 'string' || !isCalendarDate(at))) {
    throw new PanelError(400, 'bad_filter_value', { field: 'at', reason: { code: 'type_date' } });
  }
  const scoped = async (name: string) => access.readWhere(viewer, resource(name));
  const count = async (name: string, where: Where) =>
    Number(await strapi.db.query(resource(name).uid as Uid).count({ where: and(where, await scoped(name)) }));
  const rows = async <T>(name: string, where: Where, select: string[], populate?: Record<string, unknown>) =>
    (await strapi.db
      .query(resource(name).uid as Uid)
      .findMany({ where: and(where, await scoped(name)), select, populate })) as T[];
  const sql = aggregates(strapi);
  const countBy = async (name: string, where: Where, by: string[]) =>
    sql.countBy(resource(name).uid, and(where, await scoped(name)), by);
  const linkCounts = async (name: string, where: Where, relation: string, target: string) =>
    sql.linkCounts(resource(name).uid, and(where, await scoped(name)), relation, await scoped(target));

  const setting = (await strapi.db.query('api::setting.setting').findOne({ select: ['referenceDate'] })) as {
    referenceDate: string | null;
  } | null;
  const referenceDate = (at as string | undefined) ?? setting?.referenceDate ?? today();

  const secretaries = await rows<{ birthDate: string; education: string; isConcurrent: boolean }>(
    'workers',
    and({ position: 'secretary' }, ON_DUTY),
    ['birthDate', 'education', 'isConcurrent'],
  );
  let cadres = 0;
  let college = 0;
  for (const { values, count } of await countBy('workers', ON_DUTY, ['education'])) {
    cadres += count;
    if (COLLEGE_OR_ABOVE.includes(String(values.education))) college += count;
  }
  const communities = await rows<{ id: number; documentId: string; name: string }>('communities', {}, [
    'id',
    'documentId',
    'name',
  ]);
  const reservesBy = new Map<number, number>();
  for (const { values, count } of await countBy('workers', and({ isReserve: true }, ON_DUTY), [
    'community',
  ])) {
    if (values.community !== null) reservesBy.set(Number(values.community), count);
  }
  const perCommunity = communities.map((c) => ({
    id: c.documentId,
    name: c.name,
    reserves: reservesBy.get(c.id) ?? 0,
  }));
  const minimum = rules.workforce.reservesPerCommunity;

  const trainings = await rows<{ id: number; level: (typeof LEVELS)[number] }>('trainings', {}, [
    'id',
    'level',
  ]);
  const attendees = await linkCounts('trainings', {}, 'attendees', 'workers');
  const personTimes = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<
    (typeof LEVELS)[number],
    number
  >;
  for (const t of trainings) personTimes[t.level] += attendees.get(t.id) ?? 0;

  const leaders = await rows<{ leadWorker: { documentId: string } | null }>('branches', {}, ['id'], {
    leadWorker: { select: ['documentId'] },
  });

  return {
    referenceDate,
    secretaries: {
      count: secretaries.length,
      averageAge: averageAge(
        secretaries.map((s) => s.birthDate),
        referenceDate,
      ),
      collegeRate: rate(
        secretaries.filter((s) => COLLEGE_OR_ABOVE.includes(s.education)).length,
        secretaries.length,
      ),
      concurrentRate: rate(secretaries.filter((s) => s.isConcurrent).length, secretaries.length),
    },
    recruitment: { hired: await count('workers', { recruitment: { id: { $notNull: true } } }) },
    reserves: {
      minimum,
      communitiesBelow: perCommunity.filter((c) => c.reserves < minimum).length,
      below: perCommunity.filter((c) => c.reserves < minimum),
      perCommunity,
    },
    training: { personTimes },
    degree: {
      courses: await count('courses', {}),
      enrolled: await count('enrollments', { status: 'enrolled' }),
      firstCohort: await count('enrollments', { cohort: 1 }),
      graduated: await count('enrollments', { status: 'graduated' }),
      collegeRate: rate(college, cadres),
      target: rules.workforce.degree.targetCollegeRate,
    },
    practice: {
      branches: await count('branches', { kind: 'party-branch' }),
      redCommittees: await count('branches', { kind: 'owners-committee', isRed: true }),
      workersLeading: new Set(leaders.map((l) => l.leadWorker?.documentId).filter(Boolean)).size,
    },
    secondments: {
      selected: await count('secondments', { status: { $in: ['approved', 'active', 'completed'] } }),
      active: await count('secondments', { status: 'active' }),
      completed: await count('secondments', { status: 'completed' }),
    },
    honours: {
      representatives: await count('honours', { category: 'representative' }),
      nationalAdvanced: await count('honours', { category: 'advanced-collective', level: 'national' }),
      demonstrationCompounds: await count('honours', { category: 'demonstration' }),
    },
    board: {
      bigDone: await count('tasks', { status: 'approved', tier: 'big' }),
      smallDone: await count('tasks', { status: 'approved', tier: 'small' }),
      urgentSolved: await count('tasks', { status: 'approved', isUrgent: true }),
      listed: await count('tasks', { status: 'listed' }),
      claimed: await count('tasks', { status: 'claimed' }),
      awaitingApproval: await count('tasks', { status: 'submitted' }),
    },
    ...Object.fromEntries(
      await Promise.all(
        sections.map(async ([key, figures]) => [key, await figures({ rows, countBy, linkCounts, scoped })]),
      ),
    ),
  };
}
