import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::degree-program.degree-program');
