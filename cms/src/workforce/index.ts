/** The workforce: workers, secondments, mentoring and the degree programme, as they plug into the panel. */
import type { Domain } from '../panel/domain';
import { enrollmentEffects } from './enrollments';
import { workforceFigures } from './figures';
import { noSelfMentor } from './mentors';
import * as messages from './messages';
import { subsidyRateFloor } from './programs';
import { secondmentWorkflow } from './secondments';
import { oneSecretary } from './secretaries';

export const workforce: Domain = {
  name: 'workforce',
  workflows: { secondments: secondmentWorkflow },
  routes: [],
  messages,
  hooks: [oneSecretary, noSelfMentor, subsidyRateFloor, enrollmentEffects],
  overview: { workforce: workforceFigures },
};
