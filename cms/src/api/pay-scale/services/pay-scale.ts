import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::pay-scale.pay-scale');
