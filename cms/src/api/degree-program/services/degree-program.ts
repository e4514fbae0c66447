import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::degree-program.degree-program');
