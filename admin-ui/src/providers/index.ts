/** The three providers, wired to each other once: requests speak the UI language, schemas teach labels. */
import { createI18nProvider } from '../i18n/i18nProvider';
import { createAuthProvider } from './authProvider';
import { createDataProvider } from './dataProvider';
import { createHttpClient } from './http';

export const i18nProvider = createI18nProvider();
const http = createHttpClient(() => i18nProvider.getLocale());
export const dataProvider = createDataProvider(http);
export const authProvider = createAuthProvider(http, {
  onPanel: (panel) => i18nProvider.learnSchema(panel.schema),
});
