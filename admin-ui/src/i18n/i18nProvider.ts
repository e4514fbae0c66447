/** Polyglot in Chinese by default, English on request; learns field labels from each schema it is shown. */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import type { PanelSchema } from '@yanzhen/config';
import { LOCALES, panelMessages, type UiLocale } from './messages';

export interface PanelI18nProvider extends I18nProvider {
  learnSchema(schema: PanelSchema): Promise<void>;
}

export function createI18nProvider(initial: UiLocale = 'zh-CN'): PanelI18nProvider {
  let schema: PanelSchema | null = null;
  const inner = polyglotI18nProvider((locale) => panelMessages(locale, schema), initial, LOCALES);
  const setLang = (locale: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  };
  return {
    ...inner,
    changeLocale: (locale, options) =>
      Promise.resolve(inner.changeLocale(locale, options)).then(() => setLang(locale)),
    async learnSchema(next) {
      schema = next;
      await inner.changeLocale(inner.getLocale());
    },
  };
}
