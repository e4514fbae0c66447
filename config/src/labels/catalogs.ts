/** The label catalogs by language. */
import { en } from './en';
import type { Catalog } from './types';
import { zh } from './zh';

export type Locale = 'zh' | 'en';
export const catalogs: Record<Locale, Catalog> = { zh, en };
