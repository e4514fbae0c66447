import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::party-member.party-member');
