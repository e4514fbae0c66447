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
  calendar: { timeZone: 'Asia/Shanghai', boardWeekday: 5, boardHour: 9, boardMinute: 0 },
};
