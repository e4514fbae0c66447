import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::score-publication.score-publication');
