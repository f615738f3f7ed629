import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The API serves the app, so GraphQL is on the same origin (the Vite dev server proxies it). */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        // Audiences are a fixed list identified by their slug.
        Audience: { keyFields: ['slug'] },
      },
    }),
  });
}
