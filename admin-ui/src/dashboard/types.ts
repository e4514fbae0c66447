/** `GET /api/panel/stats/overview` (DESIGN.md §7): rates are fractions, ages years with one decimal. */
export type TrainingLevel = 'national' | 'provincial' | 'municipal' | 'district' | 'town';

/** The list behind a counted figure: its resource and filter in the panel's list dialect. */
export interface FigureList {
  resource: string;
  filter: Record<string, unknown>;
}

export interface Overview {
  referenceDate: string;
  /** By figure key (`secretaries.count`, `reserves.below` …): the list a click on the figure opens. */
  lists: Record<string, FigureList>;
  secretaries: { count: number; averageAge: number | null; collegeRate: number; concurrentRate: number };
  recruitment: { hired: number };
  reserves: {
    minimum: number;
    communitiesBelow: number;
    below: { id: string; name: string; reserves: number }[];
    perCommunity: { id: string; name: string; reserves: number }[];
  };
  training: { personTimes: Record<TrainingLevel, number> };
  degree: {
    courses: number;
    enrolled: number;
    firstCohort: number;
    graduated: number;
    collegeRate: number;
    target?: number;
  };
  practice: { branches: number; redCommittees: number; workersLeading: number };
  secondments: { selected: number; active: number; completed: number };
  honours: { representatives: number; nationalAdvanced: number; demonstrationCompounds: number };
  board: {
    bigDone: number;
    smallDone: number;
    urgentSolved: number;
    listed: number;
    claimed: number;
    awaitingApproval: number;
  };
}
