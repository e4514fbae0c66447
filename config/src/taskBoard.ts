/** 揭榜领单 — tiers, points, claim deadlines and the board calendar. */
export interface TaskBoardRules {
  /** A task is big when it needs more people than this. */
  maxSmallPeople: number;
  /** A task is big when it needs more hours than this. */
  maxSmallHours: number;
  /** A task is big from this difficulty up. */
  bigFromDifficulty: number;
  /** Points for difficulty 1..5 (index 0 is difficulty 1). */
  pointsByDifficulty: readonly [number, number, number, number, number];
  /** Days a claimant has to submit, by tier. */
  dueDays: { small: number; big: number };
  /** Days after the due date before an overdue claim is released back to the board. */
  releaseAfterDays: number;
  /** Days of objections after a quarterly score table is published. */
  objectionDays: number;
  /** Days after an approval within which staff record the resident's follow-up (回访). */
  followUpDays: number;
  /** Year-end commendation candidates: the top members and units by the year's points. */
  commendation: { members: number; units: number };
  /**
   * 分类施策: what party members can do (identifiers; labels in the catalogs' `lists.specialties`), what
   * a category of need usually asks for (a new task's default, changed at triage), and how a candidate
   * for a task is scored: per specialty matched, for living in the task's compound or else its
   * community, and how many are shown.
   */
  specialties: readonly string[];
  needsByCategory: Record<string, readonly string[]>;
  matching: { specialty: number; compound: number; community: number; shown: number };
  calendar: {
    timeZone: string;
    /** ISO weekday the board is posted on (5 = Friday). */
    boardWeekday: number;
    boardHour: number;
    boardMinute: number;
  };
}

export const taskBoard: TaskBoardRules = {
  maxSmallPeople: 5,
  maxSmallHours: 16,
  bigFromDifficulty: 4,
  pointsByDifficulty: [2, 4, 6, 8, 10],
  dueDays: { small: 14, big: 30 },
  releaseAfterDays: 7,
  objectionDays: 5,
  followUpDays: 7,
  commendation: { members: 10, units: 3 },
  specialties: [
    'medical',
    'legal',
    'counselling',
    'tutoring',
    'repairs',
    'arts',
    'antifraud',
    'environment',
    'eldercare',
    'it',
  ],
  needsByCategory: {
    sanitation: ['environment'],
    elderly: ['eldercare', 'medical'],
    children: ['tutoring', 'counselling'],
    facilities: ['repairs'],
    venue: ['repairs'],
    health: ['medical'],
    habitat: ['environment', 'repairs'],
    antifraud: ['antifraud', 'legal'],
    patrol: ['environment'],
  },
  matching: { specialty: 3, compound: 2, community: 1, shown: 10 },
  calendar: { timeZone: 'Asia/Shanghai', boardWeekday: 5, boardHour: 9, boardMinute: 0 },
};
