/** Incentives and care (激励关爱): appraisals, pay, promotions and payrolls, as they plug into the panel. */
import type { Domain } from '../panel/domain';
import { appraisalScoring } from './appraisal';
import * as messages from './messages';
import { payScaleFloor } from './payScale';
import { promotionChain } from './promotion';
import { incentiveRoutes } from './routes';
import { appraisalWorkflow, payrollWorkflow, payScaleWorkflow, promotionWorkflow } from './workflows';

export const incentives: Domain = {
  name: 'incentives',
  workflows: {
    appraisals: appraisalWorkflow,
    'pay-scales': payScaleWorkflow,
    promotions: promotionWorkflow,
    payrolls: payrollWorkflow,
  },
  routes: incentiveRoutes,
  messages,
  hooks: [appraisalScoring, payScaleFloor, promotionChain],
};
