/** 职数 — a community's staffing quota and how its headcount stands against it (DESIGN.md §5, numbers from config/). */
import { workforce, type WorkforceRules } from '../workforce';

export interface CommunityMeasures {
  /** Residents; a community not yet surveyed counts as none. */
  population: number | null;
  areaKm2: number | null;
  securityLevel: string | null;
}

/** Base posts, one more per full block of residents and of area, more for a harder security situation. */
export function staffingQuota(c: CommunityMeasures, q: WorkforceRules['quota'] = workforce.quota): number {
  const byPeople = Math.floor(Math.max(0, c.population ?? 0) / q.residentsPerPost);
  const byArea = Math.floor(Math.max(0, c.areaKm2 ?? 0) / q.km2PerPost);
  const extra = (q.securityExtra as Record<string, number>)[c.securityLevel ?? ''] ?? 0;
  return Math.min(q.max, Math.max(q.min, q.base + byPeople + byArea + extra));
}

export type Staffing = 'over' | 'under' | 'at';

export const staffingOf = (quota: number, headcount: number): Staffing =>
  headcount > quota ? 'over' : headcount < quota ? 'under' : 'at';
