/** Every programme's custom pages, as the viewer may open them, and their texts. */
import type { Panel } from '@yanzhen/config';
import board from './board';
import incentives from './incentives';
import notifications from './notifications';
import publicity from './publicity';
import type { CustomPage, PageModule, Tree } from './types';
import workforce from './workforce';

const MODULES: PageModule[] = [workforce, incentives, publicity, board, notifications];

export const pagesFor = (panel: Panel | null | undefined): CustomPage[] =>
  panel ? MODULES.flatMap((m) => m.pages).filter((p) => p.can(panel)) : [];

export const pageMessages = (locale: 'zh' | 'en'): Tree[] => MODULES.map((m) => m.messages[locale]);
