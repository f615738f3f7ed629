import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo-client';
import { restorePreloaded } from './app/preload/restore-preloaded';
import { createI18n, whenLanguageReady } from './i18n/i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const i18n = createI18n();
const client = createApolloClient();
// A page opened directly may carry its data (a shared resource link): in the cache before the first render.
restorePreloaded(client);
// At once in French; those who chose English wait for its chunk rather than see the page in French first.
void whenLanguageReady(i18n).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App client={client} i18n={i18n} />
    </StrictMode>,
  ),
);
