/** `GET /api/panel/stats/overview`: the dashboard's figures (DESIGN.md §7), counted inside the viewer's scope. */
import type { Core } from '@strapi/strapi';
import { averageAge, COLLEGE_OR_ABOVE, localParts, rate, rules } from '@yanzhen/config';
import { and, assertCan, type Access } from './access';
import { aggregates } from './aggregate';
import type { Scoped } from './domain';
import { PanelError } from './errors';
import { parseFilter, type Where } from './query';
import type { Registry } from './registry';
import { isCalendarDate } from './values';
import type { Viewer } from './viewer';

type Uid = Parameters<Core.Strapi['db']['query']>[0];
const OFF_DUTY = ['left', 'dismissed'];
const ON_DUTY = { status: { $notIn: OFF_DUTY } };

/** A figure that counts the rows of a list: the list's filter, in the panel's own list dialect. */
export interface FigureList {
  resource: string;
  filter: Record<string, unknown>;
}

/**
 * The figures that are the length of a list, each counted by the very filter the dashboard links to:
 * a click on 39 书记 opens the workers list with that filter, and it has 39 rows.
 */
export const LISTS = {
  'secretaries.count': { resource: 'workers', filter: { position: 'secretary', status_ne: OFF_DUTY } },
  'recruitment.hired': { resource: 'workers', filter: { recruitment_ne: null } },
  'degree.courses': { resource: 'courses', filter: {} },
  'degree.enrolled': { resource: 'enrollments', filter: { status: 'enrolled' } },
  'degree.first_cohort': { resource: 'enrollments', filter: { cohort: 1 } },
  'degree.graduated': { resource: 'enrollments', filter: { status: 'graduated' } },
  'practice.branches': { resource: 'branches', filter: { kind: 'party-branch' } },
  'practice.red_committees': { resource: 'branches', filter: { kind: 'owners-committee', isRed: true } },
  'secondments.selected': {
    resource: 'secondments',
    filter: { status: ['approved', 'active', 'completed'] },
  },
  'secondments.active': { resource: 'secondments', filter: { status: 'active' } },
  'secondments.completed': { resource: 'secondments', filter: { status: 'completed' } },
  'honours.representatives': { resource: 'honours', filter: { category: 'representative' } },
  'honours.national_advanced': {
    resource: 'honours',
    filter: { category: 'advanced-collective', level: 'national' },
  },
  'honours.demonstration': { resource: 'honours', filter: { category: 'demonstration' } },
  'board.big_done': { resource: 'tasks', filter: { status: 'approved', tier: 'big' } },
  'board.small_done': { resource: 'tasks', filter: { status: 'approved', tier: 'small' } },
  'board.urgent_solved': { resource: 'tasks', filter: { status: 'approved', isUrgent: true } },
  'board.listed': { resource: 'tasks', filter: { status: 'listed' } },
  'board.claimed': { resource: 'tasks', filter: { status: 'claimed' } },
  'board.awaiting': { resource: 'tasks', filter: { status: 'submitted' } },
} satisfies Record<string, FigureList>;
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
  const whereOf = (key: keyof typeof LISTS) =>
    parseFilter(resource(LISTS[key].resource), JSON.stringify(LISTS[key].filter));
  const listed = (key: keyof typeof LISTS) => count(LISTS[key].resource, whereOf(key));
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
    whereOf('secretaries.count'),
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

  const below = perCommunity.filter((c) => c.reserves < minimum);
  return {
    referenceDate,
    /** Where each counted figure's rows are: the list and its filter (缺编社区: those communities). */
    lists: {
      ...LISTS,
      'reserves.below': { resource: 'communities', filter: { id: below.map((c) => c.id) } },
    },
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
    recruitment: { hired: await listed('recruitment.hired') },
    reserves: {
      minimum,
      communitiesBelow: below.length,
      below,
      perCommunity,
    },
    training: { personTimes },
    degree: {
      courses: await listed('degree.courses'),
      enrolled: await listed('degree.enrolled'),
      firstCohort: await listed('degree.first_cohort'),
      graduated: await listed('degree.graduated'),
      collegeRate: rate(college, cadres),
      target: rules.workforce.degree.targetCollegeRate,
    },
    practice: {
      branches: await listed('practice.branches'),
      redCommittees: await listed('practice.red_committees'),
      workersLeading: new Set(leaders.map((l) => l.leadWorker?.documentId).filter(Boolean)).size,
    },
    secondments: {
      selected: await listed('secondments.selected'),
      active: await listed('secondments.active'),
      completed: await listed('secondments.completed'),
    },
    honours: {
      representatives: await listed('honours.representatives'),
      nationalAdvanced: await listed('honours.national_advanced'),
      demonstrationCompounds: await listed('honours.demonstration'),
    },
    board: {
      bigDone: await listed('board.big_done'),
      smallDone: await listed('board.small_done'),
      urgentSolved: await listed('board.urgent_solved'),
      listed: await listed('board.listed'),
      claimed: await listed('board.claimed'),
      awaitingApproval: await listed('board.awaiting'),
    },
    ...Object.fromEntries(
      await Promise.all(
        sections.map(async ([key, figures]) => [key, await figures({ rows, countBy, linkCounts, scoped })]),
      ),
    ),
  };
}
