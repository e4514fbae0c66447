/** The lists behind the dashboard's figures, as the server counted them (`lists` in the overview). */
import { usePermissions } from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { canDo } from '../providers/access';
import type { FigureList, Overview } from './types';

/** The list page behind a figure, in react-admin's address dialect. */
export const listPath = (l: FigureList): string =>
  `/${l.resource}?${new URLSearchParams({ filter: JSON.stringify(l.filter) })}`;

/** A figure's list page by the figure's key, where the viewer may open that list. */
export function useFigureLinks(overview: Overview): (key: string) => string | undefined {
  const { permissions } = usePermissions<Panel>();
  return (key) => {
    const l = overview.lists?.[key];
    return l && canDo(permissions, l.resource, 'list') ? listPath(l) : undefined;
  };
}
