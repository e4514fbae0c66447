/** The parts of `GET /api/panel/stats/overview` the workforce screens read (cms/src/workforce/figures.ts). */
import type { Overview } from '../dashboard/types';

export const POSITIONS = ['secretary', 'director', 'deputy', 'committee', 'worker', 'grid'] as const;
export type Position = (typeof POSITIONS)[number];

export interface CommunityStaffing {
  id: string;
  name: string;
  quota: number;
  headcount: number;
  staffing: 'over' | 'under' | 'at';
  byPosition: Record<Position, number>;
  secretaries: number;
}

export interface WorkforceFigures {
  quota: number;
  headcount: number;
  byPosition: Record<Position, number>;
  communitiesOver: number;
  communitiesUnder: number;
  perCommunity: CommunityStaffing[];
  reservesWithoutMentor: { id: string; name: string }[];
  degreeProgress: { collegeRate: number; target: number; belowCollege: number; endYear: number | null };
}

export type WorkforceOverview = Overview & { workforce: WorkforceFigures };
