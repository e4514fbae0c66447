import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::payroll-line.payroll-line');
