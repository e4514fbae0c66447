/** Screens that are not one resource's list/show/edit/create: the board, queues, grids, a member's page. */
import type { ComponentType } from 'react';
import type { Panel } from '@yanzhen/config';

export type Tree = { [key: string]: string | Tree };

export interface CustomPage {
  /** Route path under the panel, without the leading slash (`board`, `members/:id/five`). */
  path: string;
  /** The screen; give a lazy component so its code loads only when opened. */
  component: ComponentType;
  /** Who may open the page (and see its menu entry). */
  can: (panel: Panel) => boolean;
  /** A menu entry in one of the programme groups; pages reached only by links have none. */
  menu?: { group: string; label: string; icon: ComponentType };
}

/** One programme's pages and the texts they use (merged into the panel's messages as they are). */
export interface PageModule {
  pages: CustomPage[];
  messages: { zh: Tree; en: Tree };
}
