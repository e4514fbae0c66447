import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::trial-post.trial-post');
