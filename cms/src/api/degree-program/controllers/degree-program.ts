import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::degree-program.degree-program');
