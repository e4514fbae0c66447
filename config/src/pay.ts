/** 四岗八级 — posts, levels and the rates a pay table starts from. */
export type PostTier = 1 | 2 | 3 | 4;
export type Qualification = 'none' | 'assistant' | 'social' | 'senior';
export type InsuranceKind = 'pension' | 'medical' | 'unemployment' | 'injury' | 'maternity' | 'housingFund';

export interface Rate {
  employer: number;
  personal: number;
}

export interface PayRules {
  posts: readonly { tier: PostTier; label: string }[];
  levels: number;
  /** Allowance per completed year of service, and its monthly cap. */
  seniority: { perYear: number; cap: number };
  qualificationAllowance: Record<Qualification, number>;
  rates: Record<InsuranceKind, Rate>;
}

export const pay: PayRules = {
  posts: [
    { tier: 1, label: '正职（书记、主任）' },
    { tier: 2, label: '副职' },
    { tier: 3, label: '其他两委委员' },
    { tier: 4, label: '专职社区工作者、专职网格员' },
  ],
  levels: 8,
  seniority: { perYear: 50, cap: 1000 },
  qualificationAllowance: { none: 0, assistant: 200, social: 300, senior: 500 },
  rates: {
    pension: { employer: 0.16, personal: 0.08 },
    medical: { employer: 0.08, personal: 0.02 },
    unemployment: { employer: 0.005, personal: 0.005 },
    injury: { employer: 0.004, personal: 0 },
    maternity: { employer: 0.008, personal: 0 },
    housingFund: { employer: 0.12, personal: 0.12 },
  },
};
