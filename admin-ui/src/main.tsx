import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadScreens } from './generic/defineResource';
import { authProvider } from './providers';
import { session } from './providers/session';

// While React starts, fetch what the first screen will need: the viewer's panel and the screens' code.
// react-admin asks for the panel again and handles any failure (an expired token sends it to the login).
if (session.token()) authProvider.getPermissions?.({}).catch(() => undefined);
void preloadScreens();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
