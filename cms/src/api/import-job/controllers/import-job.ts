import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::import-job.import-job');
