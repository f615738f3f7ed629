import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo-client';
import { restorePreloaded } from './app/preload/restore-preloaded';
import { createI18n } from './i18n/i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const client = createApolloClient();
// A page opened directly may carry its data (a shared resource link): in the cache before the first render.
restorePreloaded(client);

createRoot(root).render(
  <StrictMode>
    <App client={client} i18n={createI18n()} />
  </StrictMode>,
);
