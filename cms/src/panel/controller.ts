/**
 * Workflow actions as controller actions (`api::task.task.claim` …): they are what Users & Permissions
 * grants, and the panel's action routes call them after authenticating the viewer.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { panelOf } from './context';
import { PanelError } from './errors';
import type { Viewer } from './viewer';
import { actionsOf } from './workflow';

export const workflowActions =
  (resource: string) =>
  ({ strapi }: { strapi: Core.Strapi }) =>
    Object.fromEntries(
      // Controllers are made on first use, once the panel has its domains' workflows (cms/src/index.ts).
      actionsOf(panelOf(strapi).workflows[resource]).map((action) => [
        action,
        async (ctx: Context) => {
          const viewer = ctx.state.viewer as Viewer | undefined;
          if (!viewer) throw new PanelError(401, 'unauthorized');
          const { registry, actions } = panelOf(strapi);
          const r = registry.byName(resource);
          if (!r) throw new PanelError(404, 'unknown_resource', { resource });
          const body = ctx.request.body;
          ctx.body = ctx.params.id
            ? await actions.onRecord(viewer, r, ctx.params.id, action, body)
            : await actions.onCollection(viewer, r, action, body);
        },
      ]),
    );
