import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::import-job.import-job');
