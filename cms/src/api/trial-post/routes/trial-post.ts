import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::trial-post.trial-post');
