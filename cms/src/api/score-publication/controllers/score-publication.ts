import { factories } from '@strapi/strapi';
import { workflowActions } from '../../../panel/controller';

export default factories.createCoreController(
  'api::score-publication.score-publication',
  workflowActions('score-publications'),
);
