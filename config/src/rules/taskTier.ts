/** 大榜 or 小榜, and the points a task is worth (DESIGN.md §5, numbers from config/). */
import { taskBoard, type TaskBoardRules } from '../taskBoard';

export interface TaskNeeds {
  difficulty: number;
  peopleNeeded: number;
  hoursNeeded: number;
  needsFunding: boolean;
}

export type Tier = 'big' | 'small';

/** Big when it needs funding or materials, more people or hours than a member can give, or is hard. */
export function tierOf(t: TaskNeeds, r: TaskBoardRules = taskBoard): Tier {
  const big =
    t.needsFunding ||
    t.peopleNeeded > r.maxSmallPeople ||
    t.hoursNeeded > r.maxSmallHours ||
    t.difficulty >= r.bigFromDifficulty;
  return big ? 'big' : 'small';
}

export function pointsOf(difficulty: number, r: TaskBoardRules = taskBoard): number {
  if (!Number.isInteger(difficulty) || difficulty < 1 || difficulty > r.pointsByDifficulty.length) {
    throw new RangeError(`difficulty must be 1..${r.pointsByDifficulty.length}`);
  }
  return r.pointsByDifficulty[difficulty - 1];
}
