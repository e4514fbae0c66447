/**
 * A resource folder's module: the generic screens (loaded when first opened) and the folder's overrides.
 * The screens read the schema at run time, so a field added to a content type needs no change here.
 */
import DefaultIcon from '@mui/icons-material/FolderOpen';
import { lazy, type ComponentType } from 'react';
import type { ResourceOverride } from './types';

const loaders = {
  list: () => import('./ResourceList'),
  show: () => import('./ResourceShow'),
  edit: () => import('./ResourceEdit'),
  create: () => import('./ResourceCreate'),
};
const ResourceList = lazy(loaders.list);
const ResourceShow = lazy(loaders.show);
const ResourceEdit = lazy(loaders.edit);
const ResourceCreate = lazy(loaders.create);

/** Fetches the screens' code ahead of the first click (a few kilobytes; the browser caches them). */
export const preloadScreens = (): Promise<unknown> =>
  Promise.all(Object.values(loaders).map((load) => load()));

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
