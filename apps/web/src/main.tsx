import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo-client';
import { restorePreloaded } from './app/preload/restore-preloaded';
import { createI18n, whenLanguageReady } from './i18n/i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

/** The next task: evaluating the modules, setting the app up and its first render leave the browser in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(container: HTMLElement) {
  await nextTask();
  const i18n = createI18n();
  const client = createApolloClient();
  // A page opened directly may carry its data (a shared resource link): in the cache before the first render.
  restorePreloaded(client);
  // At once in French; those who chose English wait for its chunk rather than see the page in French first.
  await whenLanguageReady(i18n);
  await nextTask();
  // The first render is a transition: React renders the page in slices of a few milliseconds and lets the browser in
  // between, instead of one long task during which a tap or a key waits (decision 0051). For a visitor the root may
  // hold the page's first paint, written by the API (web-app-shell.ts): not hydrated, React's first commit replaces it.
  startTransition(() =>
    createRoot(container).render(
      <StrictMode>
        <App client={client} i18n={i18n} />
      </StrictMode>,
    ),
  );
}

void start(root);
