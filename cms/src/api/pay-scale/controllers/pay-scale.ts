import { factories } from '@strapi/strapi';
import { workflowActions } from '../../../panel/controller';

export default factories.createCoreController('api::pay-scale.pay-scale', workflowActions('pay-scales'));
