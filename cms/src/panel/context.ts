/** The panel's parts, built once per Strapi instance and reachable from controllers. */
import type { Core } from '@strapi/strapi';
import { createAccess } from './access';
import { createActions } from './actions';
import { createAuth } from './auth';
import { createBulk } from './bulk';
import { buildRegistry } from './registry';
import { createService } from './service';
import { ownedFields, type Workflow } from './workflow';

export type Panel = ReturnType<typeof createPanel>;

const panels = new WeakMap<Core.Strapi, Panel>();

export function createPanel(strapi: Core.Strapi, workflows: Record<string, Workflow>) {
  const registry = buildRegistry(strapi);
  const auth = createAuth(strapi);
  const access = createAccess(strapi, registry);
  const service = createService(strapi, registry, access, workflows);
  const actions = createActions(strapi, registry, service, workflows);
  const bulk = createBulk(strapi, registry, access, service, actions, workflows);
  // The fields each resource's workflows own: read-only to plain writes and imports, shown so in the schema.
  const owned = ownedFields(workflows);
  const panel = { strapi, registry, auth, access, service, actions, bulk, workflows, owned };
  panels.set(strapi, panel);
  return panel;
}

export function panelOf(strapi: Core.Strapi): Panel {
  const panel = panels.get(strapi);
  if (!panel) throw new Error('the panel is not set up on this Strapi instance');
  return panel;
}
