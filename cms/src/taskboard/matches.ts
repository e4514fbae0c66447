/**
 * 分类施策，精准发力 — `GET /api/panel/tasks/:id/matches`: who suits a task on the board, best first. A
 * small task's candidates are the party members of the task's town, a big task's the partner units, both
 * within the viewer's scope; scored by the rulebook (`matchOf`, `rankMatches`), with the reasons in
 * words. Members' phones never leave here.
 */
import {
  catalogs,
  localParts,
  matchOf,
  quarterOf,
  rankMatches,
  rules,
  type Candidate,
  type Locale,
  type MatchTask,
  type Reason,
} from '@yanzhen/config';
import type { Core } from '@strapi/strapi';
import { and } from '../panel/access';
import type { Panel } from '../panel/context';
import type { DomainRoute } from '../panel/domain';
import { PanelError } from '../panel/errors';
import { localeOf, message } from '../panel/messages';
import { accountsOf, notify } from './notify';
import type { Resource } from '../panel/model';
import type { Viewer } from '../panel/viewer';

const TASK = 'api::task.task';
const MEMBER = 'api::party-member.party-member';
const UNIT = 'api::partner-unit.partner-unit';
const OPEN = ['claimed', 'submitted', 'rejected'];
/** Steps a task may still be matched in: triaged (its tier known) and on the board, unclaimed. */
const MATCHABLE = ['triaged', 'listed'];
/** Who reads the matches: the desk that posts the board and claims on someone's behalf, and supervisors. */
const READERS = ['staff', 'supervisor'];
/** The best by place and specialty are weighed for load too; more would only be read to be dropped. */
const SHORTLIST = 50;

type Ref = { documentId: string } | null;
interface Person {
  documentId: string;
  name: string;
  specialties?: unknown;
  community?: Ref;
  compound?: Ref;
  communities?: { documentId: string }[];
}

export interface MatchRow {
  member?: { id: string; name: string; community: string | null; compound: string | null };
  unit?: { id: string; name: string };
  score: number;
  reasons: string[];
}

const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** Claims in hand and this quarter's claims and points, for the shortlisted holders. */
async function loads(strapi: Core.Strapi, side: 'Member' | 'Unit', ids: string[]) {
  const out = new Map(ids.map((id) => [id, { openClaims: 0, quarterClaims: 0, quarterPoints: 0 }]));
  if (!ids.length) return out;
  const tz = rules.taskBoard.calendar.timeZone;
  const quarter = quarterOf(localParts(new Date(), tz).date);
  const claimant = `claimant${side}`;
  const tasks = (await strapi.db.query(TASK).findMany({
    where: { [claimant]: { documentId: { $in: ids } }, claimedAt: { $notNull: true } },
    select: ['status', 'claimedAt'],
    populate: { [claimant]: { select: ['documentId'] } },
  })) as ({ status: string; claimedAt: string } & Record<string, Ref | string>)[];
  for (const t of tasks) {
    const load = out.get((t[claimant] as Ref)?.documentId ?? '');
    if (!load) continue;
    if (OPEN.includes(t.status)) load.openClaims += 1;
    if (quarterOf(localParts(new Date(t.claimedAt), tz).date) === quarter) load.quarterClaims += 1;
  }
  const holder = `holder${side}`;
  const entries = (await strapi.db.query('api::points-entry.points-entry').findMany({
    where: { quarter, [holder]: { documentId: { $in: ids } } },
    select: ['points'],
    populate: { [holder]: { select: ['documentId'] } },
  })) as ({ points: number } & Record<string, Ref | number>)[];
  for (const e of entries) {
    const load = out.get((e[holder] as Ref)?.documentId ?? '');
    if (load) load.quarterPoints += e.points;
  }
  return out;
}

function phrase(locale: Locale, r: Reason, unit: boolean): string {
  switch (r.code) {
    case 'specialty':
      return message(locale, 'match_specialty', {
        specialty: catalogs[locale].lists.specialties?.[r.specialty] ?? r.specialty,
      });
    case 'community':
      return message(locale, unit ? 'match_paired' : 'match_community');
    case 'open':
      return message(locale, 'match_open', { count: r.count });
    default:
      return message(locale, `match_${r.code}`);
  }
}

async function candidates(panel: Panel, viewer: Viewer, task: Record<string, unknown>, big: boolean) {
  const { strapi, registry, access } = panel;
  const resource = registry.byName(big ? 'partner-units' : 'party-members') as Resource;
  const scope = await access.readWhere(viewer, resource);
  if (big) {
    return (await strapi.db.query(UNIT).findMany({
      where: scope,
      select: ['documentId', 'name'],
      populate: { communities: { select: ['documentId'] } },
    })) as Person[];
  }
  const town = (task.community as { town?: Ref } | null)?.town?.documentId;
  return (await strapi.db.query(MEMBER).findMany({
    where: and(scope, town ? { community: { town: { documentId: town } } } : null),
    select: ['documentId', 'name', 'specialties'],
    populate: { community: { select: ['documentId'] }, compound: { select: ['documentId'] } },
  })) as Person[];
}

export async function matchesFor(
  panel: Panel,
  viewer: Viewer,
  id: string,
  locale: Locale,
): Promise<MatchRow[]> {
  if (!viewer.role || !READERS.includes(viewer.role)) throw new PanelError(403, 'matches_forbidden');
  const tasks = panel.registry.byName('tasks') as Resource;
  await panel.service.one(viewer, tasks, id); // the viewer's scope: a task out of reach is a 404
  const task = (await panel.strapi.db.query(TASK).findOne({
    where: { documentId: id },
    select: ['status', 'tier', 'specialties'],
    populate: {
      community: { select: ['documentId'], populate: { town: { select: ['documentId'] } } },
      compound: { select: ['documentId'] },
    },
  })) as Record<string, unknown>;
  if (!MATCHABLE.includes(String(task.status)))
    throw new PanelError(409, 'matches_closed', {
      state: { resource: 'tasks', field: 'status', value: String(task.status) },
    });
  const big = task.tier === 'big';
  const wanted: MatchTask = {
    specialties: listOf(task.specialties),
    community: (task.community as Ref)?.documentId ?? null,
    compound: (task.compound as Ref)?.documentId ?? null,
  };
  const people = await candidates(panel, viewer, task, big);
  const noLoad = { openClaims: 0, quarterClaims: 1, quarterPoints: 0 };
  const asCandidate = (p: Person, load = noLoad): Candidate => ({
    specialties: listOf(p.specialties),
    communities: big ? (p.communities ?? []).map((c) => c.documentId) : [p.community?.documentId ?? ''],
    compound: p.compound?.documentId ?? null,
    ...load,
  });
  const shortlist = people
    .map((p) => ({ p, score: matchOf(wanted, asCandidate(p)).score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, SHORTLIST);
  const load = await loads(
    panel.strapi,
    big ? 'Unit' : 'Member',
    shortlist.map((s) => s.p.documentId),
  );
  const ranked = rankMatches(
    shortlist.map(({ p }) => {
      const candidate = asCandidate(p, load.get(p.documentId));
      return { p, candidate, match: matchOf(wanted, candidate) };
    }),
  );
  return ranked.slice(0, rules.taskBoard.matching.shown).map(({ p, match }) => ({
    ...(big
      ? { unit: { id: p.documentId, name: p.name } }
      : {
          member: {
            id: p.documentId,
            name: p.name,
            community: p.community?.documentId ?? null,
            compound: p.compound?.documentId ?? null,
          },
        }),
    score: match.score,
    reasons: match.reasons.map((r) => phrase(locale, r, big)),
  }));
}

/**
 * 邀请: the desk asks one of a task's suggested claimants to take it, with the reasons they suit it, as a
 * message in their 消息 (once per task and person). The invitee must be the task's tier's kind of
 * claimant, visible to the viewer, and have an account to be told.
 */
export async function invite(panel: Panel, viewer: Viewer, id: string, body: unknown) {
  if (viewer.role !== 'staff') throw new PanelError(403, 'invite_forbidden');
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const member = typeof input.member === 'string' && input.member ? input.member : null;
  const unit = typeof input.unit === 'string' && input.unit ? input.unit : null;
  if (Boolean(member) === Boolean(unit)) throw new PanelError(400, 'invite_whom');
  const matches = await matchesFor(panel, viewer, id, 'zh');
  const task = await panel.service.one(viewer, panel.registry.byName('tasks') as Resource, id);
  if ((task.tier === 'big') !== Boolean(unit))
    throw new PanelError(409, 'tier_mismatch', {
      tier: { resource: 'tasks', field: 'tier', value: String(task.tier) },
      who: { resource: task.tier === 'big' ? 'partner-units' : 'party-members' },
    });
  const invitee = member ?? unit ?? '';
  const resource = panel.registry.byName(member ? 'party-members' : 'partner-units') as Resource;
  await panel.service.one(viewer, resource, invitee); // in the viewer's scope, or a 404
  const accounts = await accountsOf(panel.strapi, { member, unit });
  if (!accounts.length) throw new PanelError(409, 'invite_no_account');
  const why = matches.find((m) => (m.member ?? m.unit)?.id === invitee)?.reasons ?? [];
  let sent = 0;
  for (const account of accounts)
    if (
      await notify(panel.strapi, account, {
        kind: 'invited',
        params: { title: String(task.title), reasons: why.join('、') },
        link: `/tasks/${id}/show`,
        key: `invited:${id}:${invitee}`,
      })
    )
      sent += 1;
  if (!sent) throw new PanelError(409, 'invite_sent');
  return { invited: sent };
}

export const matchRoutes: DomainRoute[] = [
  {
    method: 'POST',
    path: '/tasks/:id/invite',
    handler: (ctx, viewer, panel) =>
      invite(panel, viewer, String(ctx.params.id), (ctx.request as { body?: unknown }).body),
  },
  {
    method: 'GET',
    path: '/tasks/:id/matches',
    handler: (ctx, viewer, panel) =>
      matchesFor(panel, viewer, String(ctx.params.id), localeOf(ctx.get('accept-language'))),
  },
];
