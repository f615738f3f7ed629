import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The API serves the app, so GraphQL is on the same origin (the Vite dev server proxies it), and the
 * session cookie the API sets goes with every request. After signing in or out, the app calls
 * `resetStore()` (see features/accounts/hooks/use-session.ts): what a query returns depends on who asks.
 */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({ link: new HttpLink({ uri, credentials: 'same-origin' }), cache: createCache() });
}

/** The app's cache: how it identifies and merges what the API answers (unit tests use it too). */
export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      // Audiences are a fixed list identified by their slug.
      Audience: { keyFields: ['slug'] },
      // A list's answer always holds all its items, collaborators and readers: the new arrays replace the old ones.
      ReadingList: {
        fields: { items: { merge: false }, collaborators: { merge: false }, participants: { merge: false } },
      },
      // `containsResource` depends on the query's `resourceSlug`: each answer keeps its own summaries.
      ReadingListSummary: { keyFields: false },
      // An event's answer always holds all its organisers, lists, participants and discussed resources.
      Event: {
        fields: {
          organisers: { merge: false },
          readingLists: { merge: false },
          participants: { merge: false },
          discussedResources: { merge: false },
        },
      },
      // `countView` only tells the server to count a view: the page and the edit form share one cached resource.
      Query: { fields: { readingLists: { merge: false }, events: { merge: false }, resource: { keyArgs: ['slug'] } } },
    },
  });
}
