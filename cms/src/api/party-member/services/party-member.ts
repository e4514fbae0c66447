import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::party-member.party-member');
