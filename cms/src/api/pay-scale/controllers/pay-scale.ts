import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::pay-scale.pay-scale');
