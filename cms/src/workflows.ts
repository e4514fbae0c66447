/** Every resource's workflow, by panel resource name. */
import {
  boardWorkflow,
  commendationWorkflow,
  objectionWorkflow,
  scoreWorkflow,
  showcaseWorkflow,
} from './board/workflows';
import { taskWorkflow } from './board/tasks';
import type { Workflow } from './panel/workflow';

export const workflows: Record<string, Workflow> = {
  tasks: taskWorkflow,
  boards: boardWorkflow,
  'score-publications': scoreWorkflow,
  objections: objectionWorkflow,
  showcases: showcaseWorkflow,
  commendations: commendationWorkflow,
};

/** A resource's action names (record and collection), which are also its Users & Permissions actions. */
export const actionNames = (resource: string): string[] => {
  const wf = workflows[resource];
  return wf ? [...Object.keys(wf.record), ...Object.keys(wf.collection ?? {})] : [];
};
