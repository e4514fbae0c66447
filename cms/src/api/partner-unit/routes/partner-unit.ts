import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::partner-unit.partner-unit');
