/** The domains, in the order the panel lists their resources' workflows and runs their hooks. */
import { taskboard } from './taskboard';
import { imports } from './imports';
import { incentives } from './incentives';
import type { Domain } from './panel/domain';
import { publicity } from './publicity';
import { workforce } from './workforce';

export const domains: Domain[] = [taskboard, workforce, incentives, publicity, imports];
