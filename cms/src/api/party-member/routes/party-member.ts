import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::party-member.party-member');
