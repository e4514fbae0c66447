/**
 * 分类施策，精准发力: who suits a task. A party member (or a partner unit) is scored by the task's needed
 * specialties they have, then by living in the task's compound, or else its community; among equals
 * the one with fewer open claims, then fewer points this quarter, comes first, so the work spreads.
 */
import { taskBoard } from '../taskBoard';

/** What a task asks for and where it is. */
export interface MatchTask {
  specialties: readonly string[];
  community: string | null;
  compound: string | null;
}

/** A possible claimant: what they can do, where they live (a unit: a community it is paired with), their load. */
export interface Candidate {
  specialties: readonly string[];
  communities: readonly string[];
  compound: string | null;
  /** Claims taken and not yet approved or withdrawn. */
  openClaims: number;
  /** Claims and points of the current quarter. */
  quarterClaims: number;
  quarterPoints: number;
}

/** Why a candidate suits a task, as the panel words it (`特长：医疗卫生`, `同小区`, `在办 2 件`). */
export type Reason =
  | { code: 'specialty'; specialty: string }
  | { code: 'compound' }
  | { code: 'community' }
  | { code: 'fresh' }
  | { code: 'open'; count: number };

export interface Match {
  score: number;
  reasons: Reason[];
}

/** Specialties a task of this category usually needs: a new task's default until triage says otherwise. */
export const needsOf = (category: string | null | undefined): string[] => [
  ...(taskBoard.needsByCategory[category ?? ''] ?? []),
];

export function matchOf(task: MatchTask, c: Candidate, weights = taskBoard.matching): Match {
  const shared = task.specialties.filter((s) => c.specialties.includes(s));
  const reasons: Reason[] = shared.map((specialty) => ({ code: 'specialty', specialty }));
  let score = shared.length * weights.specialty;
  if (task.compound && c.compound === task.compound) {
    score += weights.compound;
    reasons.push({ code: 'compound' });
  } else if (task.community && c.communities.includes(task.community)) {
    score += weights.community;
    reasons.push({ code: 'community' });
  }
  if (c.quarterClaims === 0) reasons.push({ code: 'fresh' });
  if (c.openClaims > 0) reasons.push({ code: 'open', count: c.openClaims });
  return { score, reasons };
}

/** Best first: score, then fewer open claims, then fewer points this quarter, then the given order. */
export function rankMatches<T extends { candidate: Candidate; match: Match }>(list: readonly T[]): T[] {
  return list
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        b.item.match.score - a.item.match.score ||
        a.item.candidate.openClaims - b.item.candidate.openClaims ||
        a.item.candidate.quarterPoints - b.item.candidate.quarterPoints ||
        a.i - b.i,
    )
    .map(({ item }) => item);
}

/** 适合我: a task that asks for something the member can do, or lies in the member's own compound. */
export function suits(task: MatchTask, member: Pick<Candidate, 'specialties' | 'compound'>): boolean {
  return (
    task.specialties.some((s) => member.specialties.includes(s)) ||
    Boolean(task.compound && task.compound === member.compound)
  );
}
