import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::payroll-line.payroll-line');
