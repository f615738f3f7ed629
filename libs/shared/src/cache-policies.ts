/**
 * How the web app's Apollo cache identifies and merges what the API answers: the web app's cache uses it, and so does
 * the API when it writes a page's preloaded answers in the same normalised form the app restores (web-app-cache.ts,
 * decision 0053). Plain data, the shape of Apollo Client's `TypePolicies`, so that this library depends on no package.
 */
export interface CacheTypePolicy {
  keyFields?: string[] | false;
  fields?: Record<string, { merge?: boolean; keyArgs?: string[] }>;
}

export const CACHE_TYPE_POLICIES: Record<string, CacheTypePolicy> = {
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
};
