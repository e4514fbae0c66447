import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::payroll-line.payroll-line');
