import { StrictMode, startTransition } from 'react';
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
// The first render is a transition: React renders the page in slices of a few milliseconds and lets the browser in
// between, instead of one long task during which a tap or a key waits (decision 0051). For a visitor the root may hold
// the page's first paint, written by the API (web-app-shell.ts): not hydrated, React's first commit replaces it.
void whenLanguageReady(i18n).then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App client={client} i18n={i18n} />
      </StrictMode>,
    ),
  ),
);
