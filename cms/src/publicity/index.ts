/** Publicity: stories of the district's people and honours, as they plug into the panel. */
import type { Domain } from '../panel/domain';
import { storyHooks } from './hooks';
import * as messages from './messages';
import { publicityRoutes } from './routes';
import { storyWorkflow } from './workflow';

export const publicity: Domain = {
  name: 'publicity',
  workflows: { stories: storyWorkflow },
  routes: publicityRoutes,
  messages,
  hooks: [storyHooks],
};
