import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The API serves the app, so GraphQL is on the same origin (the Vite dev server proxies it), and the
 * session cookie the API sets goes with every request. After signing in or out, the app calls
 * `resetStore()` (see features/accounts/hooks/use-session.ts): what a query returns depends on who asks.
 */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Audiences are a fixed list identified by their slug.
        Audience: { keyFields: ['slug'] },
      },
    }),
  });
}
