/**
 * A resource folder's module: the generic screens (loaded when first opened) and the folder's overrides.
 * The screens read the schema at run time, so a field added to a content type needs no change here.
 */
import DefaultIcon from '@mui/icons-material/FolderOpen';
import { lazy, type ComponentType } from 'react';
import type { ResourceOverride } from './types';

const ResourceList = lazy(() => import('./ResourceList'));
const ResourceShow = lazy(() => import('./ResourceShow'));
const ResourceEdit = lazy(() => import('./ResourceEdit'));
const ResourceCreate = lazy(() => import('./ResourceCreate'));

export interface ResourceModule {
  list: ComponentType;
  show: ComponentType;
  edit: ComponentType;
  create: ComponentType;
  icon: ComponentType;
  override: ResourceOverride;
}

export const defineResource = (override: ResourceOverride = {}): ResourceModule => ({
  list: ResourceList,
  show: ResourceShow,
  edit: ResourceEdit,
  create: ResourceCreate,
  icon: override.icon ?? DefaultIcon,
  override,
});
