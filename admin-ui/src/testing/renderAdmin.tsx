/** The panel as App.tsx wires it, for component tests: a viewer's panel, a stand-in data provider, a route. */
import { render } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, type AuthProvider, type DataProvider } from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { createI18nProvider } from '../i18n/i18nProvider';
import { Layout } from '../layout/Layout';
import { canDo } from '../providers/access';
import { resourcesFor } from '../resources';

const authProviderFor = (panel: Panel): AuthProvider => ({
  login: () => Promise.resolve(),
  logout: () => Promise.resolve(),
  checkAuth: () => Promise.resolve(),
  checkError: () => Promise.resolve(),
  getIdentity: () => Promise.resolve({ id: panel.me.id, fullName: panel.me.username }),
  getPermissions: () => Promise.resolve(panel),
  canAccess: ({ resource, action }) => Promise.resolve(canDo(panel, resource, action)),
});

export async function renderAdmin(path: string, panel: Panel, dataProvider: DataProvider): Promise<void> {
  const i18nProvider = createI18nProvider();
  await i18nProvider.learnSchema(panel.schema);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin
        dataProvider={dataProvider}
        authProvider={authProviderFor(panel)}
        i18nProvider={i18nProvider}
        layout={Layout}
      >
        {(p: Panel | null) => resourcesFor(p).map((r) => <Resource key={r.name} {...r} />)}
      </Admin>
    </TestMemoryRouter>,
  );
}

/**
 * How long to wait for a lazily loaded screen to appear. The first render of a screen compiles and loads
 * its modules; on a shared 2-core machine at a load of 10 that took more than 5 s. The wait retries, so a
 * quick render is not slowed by it.
 */
export const FIND = { timeout: 30_000 };
