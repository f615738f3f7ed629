import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CACHE_TYPE_POLICIES } from '@culture-commune/shared';

/**
 * The API serves the app, so GraphQL is on the same origin (the Vite dev server proxies it), and the
 * session cookie the API sets goes with every request. After signing in or out, the app calls
 * `resetStore()` (see features/accounts/hooks/use-session.ts): what a query returns depends on who asks.
 */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({ link: new HttpLink({ uri, credentials: 'same-origin' }), cache: createCache() });
}

/**
 * The app's cache: how it identifies and merges what the API answers (unit tests use it too). The policies are shared
 * with the API, which writes a page's preloaded answers in this very form (decision 0053).
 */
export function createCache() {
  return new InMemoryCache({ typePolicies: CACHE_TYPE_POLICIES });
}
