/** Every resource's workflow, by panel resource name. */
import {
  boardWorkflow,
  commendationWorkflow,
  objectionWorkflow,
  scoreWorkflow,
  showcaseWorkflow,
} from './board/workflows';
import { taskWorkflow } from './board/tasks';
import {
  appraisalWorkflow,
  payrollWorkflow,
  payScaleWorkflow,
  promotionWorkflow,
} from './incentives/workflows';
import type { Workflow } from './panel/workflow';
import { storyWorkflow } from './publicity/workflow';
import { secondmentWorkflow } from './workforce/secondments';

export const workflows: Record<string, Workflow> = {
  tasks: taskWorkflow,
  boards: boardWorkflow,
  'score-publications': scoreWorkflow,
  objections: objectionWorkflow,
  showcases: showcaseWorkflow,
  commendations: commendationWorkflow,
  secondments: secondmentWorkflow,
  appraisals: appraisalWorkflow,
  'pay-scales': payScaleWorkflow,
  promotions: promotionWorkflow,
  payrolls: payrollWorkflow,
  stories: storyWorkflow,
};

/** A resource's action names (record and collection), which are also its Users & Permissions actions. */
export const actionNames = (resource: string): string[] => {
  const wf = workflows[resource];
  return wf ? [...Object.keys(wf.record), ...Object.keys(wf.collection ?? {})] : [];
};
