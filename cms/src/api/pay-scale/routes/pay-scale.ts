import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::pay-scale.pay-scale');
