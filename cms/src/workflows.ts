/** Every resource's workflow, by panel resource name: the union of the domains'. */
import { domains } from './domains';
import { workflowsOf } from './panel/domain';
import { actionsOf } from './panel/workflow';

export const workflows = workflowsOf(domains);

/** A resource's action names (record and collection), which are also its Users & Permissions actions. */
export const actionNames = (resource: string): string[] => actionsOf(workflows[resource]);
