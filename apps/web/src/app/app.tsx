import type { ApolloClient } from '@apollo/client';
import { useEffect } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { I18n } from '../i18n/runtime';
import { I18nProvider } from '../i18n/use-translation';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app-routes';
import { endPreloadedPriority } from './preload/restore-preloaded';

interface AppProps {
  client: ApolloClient;
  i18n: I18n;
}

export function App({ client, i18n }: AppProps) {
  // The first render's queries are subscribed (children's effects run before their parent's): the answers a page
  // carried (restore-preloaded.ts) no longer take priority over the queries' own fetch policy.
  useEffect(() => endPreloadedPriority(client), [client]);
  return (
    <I18nProvider i18n={i18n}>
      <ApolloProvider client={client}>
        {/* Synchronous navigation: the filter checkboxes are controlled by the URL, and a URL change
            deferred in a transition would show them unchecked for a moment after a click. */}
        <BrowserRouter useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </I18nProvider>
  );
}
