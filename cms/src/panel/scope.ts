/**
 * How a record belongs to a community, derived from the schema: a resource is scoped through its
 * relation to a community (directly, or through one record that has one, such as a worker or a compound).
 * A resource with no such path is district-wide: readable by every scope, writable only by district
 * accounts. Pure: no Strapi import.
 */
import type { Resource } from './model';
import type { Where } from './query';
import type { Viewer } from './viewer';

export const COMMUNITY = 'api::community.community';
export const TOWN = 'api::town.town';

export type ScopePath =
  | { kind: 'community' }
  | { kind: 'town' }
  | { kind: 'path'; path: string[] }
  | { kind: 'district' };

const toCommunity = (r: Resource) =>
  r.fields.filter((f) => f.relation && !f.relation.inverse && f.relation.uid === COMMUNITY);

function direct(r: Resource): string | null {
  const links = toCommunity(r).sort((a, b) => Number(b.required) - Number(a.required));
  const one = links.find((f) => !f.relation?.many);
  return (one ?? links[0])?.name ?? null;
}

export function scopePathOf(resource: Resource, byUid: ReadonlyMap<string, Resource>): ScopePath {
  if (resource.uid === COMMUNITY) return { kind: 'community' };
  if (resource.uid === TOWN) return { kind: 'town' };
  const own = direct(resource);
  if (own) return { kind: 'path', path: [own] };
  const hops = resource.fields
    .filter((f) => f.relation && !f.relation.many && !f.relation.inverse && f.relation.uid !== resource.uid)
    .sort((a, b) => Number(b.required) - Number(a.required));
  for (const hop of hops) {
    const target = byUid.get(hop.relation?.uid ?? '');
    const next = target && direct(target);
    if (next) return { kind: 'path', path: [hop.name, next] };
  }
  return { kind: 'district' };
}

/** The communities and towns a scoped account reaches. */
export interface Reach {
  communityIds: string[];
  townIds: string[];
}

/** The filter that keeps a scoped account inside its reach. */
export function scopeWhere(path: ScopePath, reach: Reach): Where | null {
  const within = (ids: string[]) => ({ documentId: { $in: ids } });
  switch (path.kind) {
    case 'community':
      return within(reach.communityIds);
    case 'town':
      return within(reach.townIds);
    case 'path':
      return path.path.reduceRight<Where>((inner, step) => ({ [step]: inner }), within(reach.communityIds));
    case 'district':
      return null;
  }
}

/** Rows that are a member's or a unit's own, for resources that have owners; null when all rows are open. */
export function ownWhere(resource: string, v: Viewer): Where | null {
  // An account's messages are its own, whatever its role (issue 15).
  if (resource === 'notifications') return { recipient: { id: v.id } };
  const me = (id: string | null) => ({ documentId: id ?? '' });
  const member = v.role === 'member';
  const unit = v.role === 'unit';
  if (!member && !unit) return null;
  const holder = member ? me(v.memberId) : me(v.unitId);
  switch (resource) {
    case 'party-members':
      return member ? me(v.memberId) : { partnerUnit: me(v.unitId) };
    case 'partner-units':
      return unit ? me(v.unitId) : null;
    case 'points-entries':
    case 'objections':
      return member ? { holderMember: holder } : { holderUnit: holder };
    case 'commendations':
      return member ? { recipientMember: holder } : { recipientUnit: holder };
    case 'tasks':
      // The open board (as the public sees it) and their own claims, past and present.
      return {
        $or: [{ board: { status: 'open' } }, member ? { claimantMember: holder } : { claimantUnit: holder }],
      };
    case 'score-publications':
      return { status: { $in: ['published', 'final'] } };
    default:
      return null;
  }
}
