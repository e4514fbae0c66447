import type { Core } from '@strapi/strapi';
import { panelRoutes } from './panel/routes';
import { ensureRoles } from './roles/bootstrap';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.server.routes(panelRoutes(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureRoles(strapi);
  },
};
