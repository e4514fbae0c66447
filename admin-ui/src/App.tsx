/** Wires the providers, the layout and the dashboard, and spreads the resources the viewer may read. */
import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import type { Panel } from '@yanzhen/config';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import { authProvider, dataProvider, i18nProvider } from './providers';
import { pagesFor } from './pages';
import { resourcesFor } from './resources';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));

export const App = () => (
  <BrowserRouter>
    <Admin
      title="雁阵"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      {(panel: Panel | null) => [
        ...resourcesFor(panel).map((r) => <Resource key={r.name} {...r} />),
        <CustomRoutes key="pages">
          {pagesFor(panel).map(({ path, component: Page }) => (
            <Route key={path} path={`/${path}`} element={<Page />} />
          ))}
        </CustomRoutes>,
      ]}
    </Admin>
  </BrowserRouter>
);
