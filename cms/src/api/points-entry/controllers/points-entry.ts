import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::points-entry.points-entry');
