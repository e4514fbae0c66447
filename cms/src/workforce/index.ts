/** The workforce: workers, secondments, mentoring and the degree programme, as they plug into the panel. */
import type { Domain } from '../panel/domain';
import { enrollmentEffects } from './enrollments';
import { workforceFigures } from './figures';
import { noSelfMentor } from './mentors';
import * as messages from './messages';
import { subsidyRateFloor } from './programs';
import { secondmentWorkflow } from './secondments';
import { workforceRoutes } from './routes';
import { oneSecretary } from './secretaries';

export const workforce: Domain = {
  name: 'workforce',
  workflows: { secondments: secondmentWorkflow },
  routes: workforceRoutes,
  messages,
  hooks: [oneSecretary, noSelfMentor, subsidyRateFloor, enrollmentEffects],
  overview: { workforce: workforceFigures },
};
