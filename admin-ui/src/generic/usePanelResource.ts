/** The current resource's schema, the viewer's panel and the resource folder's overrides. */
import { usePermissions, useResourceContext, useResourceDefinition } from 'react-admin';
import type { Panel, ResourceSchema } from '@yanzhen/config';
import { resourceOf } from '../schema/mapping';
import type { ResourceOverride } from './types';

export interface PanelResource {
  panel: Panel;
  resource: ResourceSchema;
  override: ResourceOverride;
}

export function usePanelResource(): PanelResource | null {
  const name = useResourceContext();
  const { permissions } = usePermissions<Panel | null>();
  const definition = useResourceDefinition<{ override?: ResourceOverride }>();
  const resource = permissions && name ? resourceOf(permissions.schema, name) : undefined;
  if (!permissions || !resource) return null;
  return { panel: permissions, resource, override: definition.options?.override ?? {} };
}
