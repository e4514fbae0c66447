import { factories } from '@strapi/strapi';
import { workflowActions } from '../../../panel/controller';

export default factories.createCoreController('api::story.story', workflowActions('stories'));
