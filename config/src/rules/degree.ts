/** 学历提升 — the tuition subsidy and what a registered diploma does to a worker's education (DESIGN.md §5). */
import { workforce } from '../workforce';

/** A programme pays at least the district's minimum share of tuition, and never more than all of it. */
export const subsidyRateAllowed = (rate: number, min = workforce.degree.minSubsidyRate): boolean =>
  Number.isFinite(rate) && rate >= min && rate <= 1;

/** The subsidy on a tuition, in yuan to the fen. */
export const subsidyOf = (tuition: number, rate: number): number =>
  Math.round((tuition * rate + Number.EPSILON) * 100) / 100;

const EDUCATION = ['junior', 'senior', 'college', 'bachelor', 'postgraduate'];

/** The education a graduate of the programme holds: college, unless they already held more. */
export const educationAfterGraduation = (current: string): string =>
  EDUCATION.indexOf(current) >= EDUCATION.indexOf('college') ? current : 'college';

export interface EnrollmentState {
  status?: unknown;
  diplomaRegistered?: unknown;
  educationRaised?: unknown;
}

/** A graduation counts once its diploma is registered, and it is applied to the worker once. */
export const graduationDue = (e: EnrollmentState): boolean =>
  e.status === 'graduated' && e.diplomaRegistered === true && e.educationRaised !== true;
