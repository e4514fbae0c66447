import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::source-group.source-group');
