/**
 * 财政新增支出 (issue 15): what a pay table would cost a year over the paid roster the viewer may see,
 * against an approved table. The roster is counted in SQL by all that pay depends on (post, level, hire
 * date, qualification) and town, so no statement grows with the district; the cost rule prices each group.
 */
import type { Core } from '@strapi/strapi';
import {
  districtToday,
  monthlyPay,
  rules,
  tableCost,
  type CostLine,
  type PayTable,
  type RosterEntry,
} from '@yanzhen/config';
import { and, type Access } from '../panel/access';
import { aggregates } from '../panel/aggregate';
import { PanelError } from '../panel/errors';
import type { Resource } from '../panel/model';
import type { Where } from '../panel/query';
import type { Viewer } from '../panel/viewer';
import { PAID, payTableOf } from './payroll';

const PAY_SCALE = 'api::pay-scale.pay-scale';
const WORKER = 'api::worker.worker';
/** Workers named, at most, among those whose pay would fall or who cannot be priced. */
const LISTED = 100;
const DOCUMENT_ID = /^[a-z0-9]{24}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

type Row = Record<string, unknown>;
interface Entry extends RosterEntry {
  townName: string | null;
}

/** A date column as `YYYY-MM-DD`: node-postgres hands a DATE over as a local-midnight Date. */
function dateOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (!(v instanceof Date)) return String(v).slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
}

/** The query's `against` and `month`, checked: a clear 400 for anything else. */
export function costQuery(query: Row): { against: string | null; month: string } {
  const { against, month } = query;
  if (against !== undefined && (typeof against !== 'string' || !DOCUMENT_ID.test(against)))
    throw new PanelError(400, 'cost_bad_param', { param: 'against', reason: { code: 'relation_type' } });
  if (month !== undefined && (typeof month !== 'string' || !MONTH.test(month)))
    throw new PanelError(400, 'cost_bad_param', { param: 'month', reason: { code: 'month_format' } });
  return {
    against: (against as string | undefined) ?? null,
    month: (month as string) ?? districtToday().slice(0, 7),
  };
}

/** The table to compare with: the one named (approved, another), or the latest approved up to this year. */
async function baseline(strapi: Core.Strapi, table: Row, against: string | null): Promise<Row> {
  const q = strapi.db.query(PAY_SCALE);
  if (against === table.documentId) throw new PanelError(400, 'cost_against_self');
  if (against) {
    const row = (await q.findOne({ where: { documentId: against } })) as Row | null;
    if (!row) throw new PanelError(400, 'cost_against_missing', { id: against });
    if (row.status !== 'approved')
      throw new PanelError(409, 'cost_against_draft', { year: Number(row.year) });
    return row;
  }
  const row = (await q.findOne({
    where: { status: 'approved', year: { $lte: table.year }, documentId: { $ne: table.documentId } },
    orderBy: { year: 'desc' },
  })) as Row | null;
  if (!row) throw new PanelError(409, 'no_table_to_compare', { year: Number(table.year) });
  return row;
}

/** The paid roster the viewer may see, counted by all that pay depends on and by town. */
async function rosterOf(strapi: Core.Strapi, where: Where): Promise<Entry[]> {
  const by = [
    'postTier',
    'payLevel',
    'hireDate',
    'qualification',
    'community.town.documentId',
    'community.town.name',
  ];
  const groups = await aggregates(strapi).countBy(WORKER, where, by);
  return groups.map(({ values: v, count }) => ({
    count,
    postTier: Number(v.postTier),
    payLevel: Number(v.payLevel),
    hireDate: dateOf(v.hireDate),
    qualification: (v.qualification ?? 'none') as RosterEntry['qualification'],
    town: String(v['community.town.documentId'] ?? ''),
    townName: (v['community.town.name'] as string | null) ?? null,
  }));
}

/** The workers behind some roster groups, by name, at most LISTED of them, each with `more` of its group. */
async function workersOf(
  strapi: Core.Strapi,
  where: Where,
  entries: Entry[],
  more: (e: Entry) => Row = () => ({}),
) {
  const out: Row[] = [];
  for (const e of entries) {
    if (out.length >= LISTED) break;
    const rows = (await strapi.db.query(WORKER).findMany({
      where: and(where, {
        postTier: e.postTier,
        payLevel: e.payLevel,
        qualification: e.qualification,
        hireDate: e.hireDate ?? { $null: true },
        community: { town: e.town ? { documentId: e.town } : { id: { $null: true } } },
      }),
      select: ['documentId', 'name', 'postTier', 'payLevel'],
      populate: { community: { select: ['name'] } },
      orderBy: { id: 'asc' },
      limit: LISTED - out.length,
    })) as { documentId: string; name: string; postTier: number; payLevel: number; community: Row | null }[];
    out.push(
      ...rows.map((w) => ({
        id: w.documentId,
        name: w.name,
        community: w.community?.name ?? null,
        town: e.townName,
        postTier: w.postTier,
        payLevel: w.payLevel,
        ...more(e),
      })),
    );
  }
  return out;
}

const people = (entries: Entry[]) => entries.reduce((s, e) => s + e.count, 0);

export interface CostInput {
  viewer: Viewer;
  access: Access;
  workers: Resource;
  table: Row;
  against: string | null;
  month: string;
}

/** `GET /pay-scales/:id/cost`: the whole answer, in yuan a year. */
export async function costOf(
  strapi: Core.Strapi,
  { viewer, access, workers, table, against, month }: CostInput,
) {
  const base = await baseline(strapi, table, against);
  const where = and(PAID, await access.readWhere(viewer, workers));
  const roster = await rosterOf(strapi, where);
  const [proposed, current]: PayTable[] = [payTableOf(table), payTableOf(base)];
  const cost = tableCost(roster, proposed, current, month);
  /** Monthly gross now and under the new table, for whoever would earn less. */
  const gross = (e: Entry) => ({
    current: monthlyPay(e, current, month).gross,
    proposed: monthlyPay(e, proposed, month).gross,
  });
  const names = new Map(roster.map((e) => [e.town, e.townName]));
  const label = (post: string) => rules.pay.posts.find((p) => String(p.tier) === post)?.label ?? post;
  const figures = ({ headcount, affected, current, proposed, added }: CostLine) => ({
    headcount,
    affected,
    current,
    proposed,
    added,
  });
  return {
    table: { id: table.documentId, year: table.year, title: table.title ?? null, status: table.status },
    against: { id: base.documentId, year: base.year, title: base.title ?? null },
    month,
    ...figures(cost),
    byTown: Object.entries(cost.byTown)
      .map(([town, l]) => ({ town: town ? { id: town, name: names.get(town) ?? '' } : null, ...figures(l) }))
      .sort((a, b) => (a.town?.name ?? '').localeCompare(b.town?.name ?? '', 'zh-CN')),
    byPost: Object.entries(cost.byPost)
      .map(([post, l]) => ({ post: Number(post), label: label(post), ...figures(l) }))
      .sort((a, b) => a.post - b.post),
    fallingCount: people(cost.falling),
    falling: await workersOf(strapi, where, cost.falling, gross),
    unpricedCount: people(cost.unpriced),
    unpriced: await workersOf(strapi, where, cost.unpriced),
  };
}

export type Cost = Awaited<ReturnType<typeof costOf>>;
