/** 职数 — the staffing quota formula, reserves, degree programme and age reference. */
export type SecurityLevel = 'stable' | 'general' | 'complex';

export interface WorkforceRules {
  quota: {
    /** Every community starts from this many posts. */
    base: number;
    /** One more post for each full block of this many residents. */
    residentsPerPost: number;
    /** One more post for each full block of this many km². */
    km2PerPost: number;
    /** Posts added for the community's security situation. */
    securityExtra: Record<SecurityLevel, number>;
    min: number;
    max: number;
  };
  reservesPerCommunity: number;
  degree: { minSubsidyRate: number; targetCollegeRate: number };
}

export const workforce: WorkforceRules = {
  quota: {
    base: 5,
    residentsPerPost: 1500,
    km2PerPost: 2,
    securityExtra: { stable: 0, general: 1, complex: 2 },
    min: 5,
    max: 25,
  },
  reservesPerCommunity: 3,
  degree: { minSubsidyRate: 0.5, targetCollegeRate: 1 },
};
