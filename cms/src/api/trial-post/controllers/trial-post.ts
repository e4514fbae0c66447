import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::trial-post.trial-post');
