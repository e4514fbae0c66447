/**
 * Every message of the panel for one language: react-admin's, the app's, and the labels of resources,
 * fields and choices from the district's catalogs (config/), topped up from the schema for fields the
 * catalogs do not know yet (a field just added in Strapi's content-type builder).
 */
import { catalogs, type Catalog, type Locale, type PanelSchema } from '@yanzhen/config';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { pageMessages } from '../pages';
import { appMessages } from './app';
import { raChinese } from './raChinese';

export type UiLocale = 'zh-CN' | 'en';
export const LOCALES: { locale: UiLocale; name: string }[] = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
];

/** The catalogs and the schema speak `zh` and `en`. */
export const catalogLocale = (locale: string): Locale => (locale.startsWith('zh') ? 'zh' : 'en');

type Tree = { [key: string]: string | Tree };

function fromCatalog(c: Catalog): Tree {
  const resources: Tree = {};
  for (const [name, r] of Object.entries(c.resources)) {
    resources[name] = {
      name: r.name,
      fields: { ...c.common, ...r.fields },
      choices: r.choices ?? {},
      actions: r.actions ?? {},
      hints: r.hints ?? {},
    };
  }
  return { resources, app: { groups: c.groups, conditions: c.conditions } };
}

export function fromSchema(schema: PanelSchema, locale: Locale): Tree {
  const resources: Tree = {};
  for (const r of schema.resources) {
    const fields: Tree = {};
    const choices: Tree = {};
    for (const f of r.fields) {
      fields[f.name] = f.labels[locale];
      if (f.choices) choices[f.name] = Object.fromEntries(f.choices.map((c) => [c.id, c.labels[locale]]));
    }
    resources[r.name] = { name: r.labels[locale], fields, choices };
  }
  return { resources, app: { groups: schema.groups[locale] ?? {} } };
}

export function staticMessages(locale: string): TranslationMessages {
  const l = catalogLocale(locale);
  return mergeTranslations(
    l === 'zh' ? raChinese : englishMessages,
    { app: appMessages[l] },
    fromCatalog(catalogs[l]),
    ...(pageMessages(l) as TranslationMessages[]),
  );
}

/** The catalogs win over the schema: the schema only fills what they lack. */
export function panelMessages(locale: string, schema: PanelSchema | null): TranslationMessages {
  const base = staticMessages(locale);
  return schema ? mergeTranslations(fromSchema(schema, catalogLocale(locale)), base) : base;
}
