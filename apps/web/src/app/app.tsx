import type { ApolloClient } from '@apollo/client';
import { useEffect } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
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
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        {/* Synchronous navigation: the filter checkboxes are controlled by the URL, and a URL change
            deferred in a transition would show them unchecked for a moment after a click. */}
        <BrowserRouter useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </I18nextProvider>
  );
}
