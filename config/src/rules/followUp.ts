/**
 * 回访 (群众满意): after an approval staff ask the resident whether the problem is solved, within the
 * rulebook's window. 不满意 reopens the task, so it is no longer 已办结 and no longer counts as solved.
 */
import { taskBoard, type TaskBoardRules } from '../taskBoard';

export const FOLLOW_UP_RESULTS = ['satisfied', 'basic', 'dissatisfied'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

const DAY = 86_400_000;

/** Whether a follow-up may be recorded now: `open`, or `closed` once the window after the approval has passed. */
export function followUpWindow(
  approvedAt: Date | string | null | undefined,
  now: Date,
  r: Pick<TaskBoardRules, 'followUpDays'> = taskBoard,
): 'open' | 'closed' {
  const at = approvedAt ? new Date(approvedAt).getTime() : NaN;
  if (Number.isNaN(at)) return 'closed';
  return now.getTime() <= at + r.followUpDays * DAY ? 'open' : 'closed';
}

/** The resident says the problem is not solved: the task goes back to its claimant. */
export const reopens = (result: FollowUpResult): boolean => result === 'dissatisfied';
