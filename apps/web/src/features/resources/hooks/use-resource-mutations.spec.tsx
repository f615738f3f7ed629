import { gql, InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CreateResourceMutation } from '../graphql/resource.documents';
import { useCreateResource } from './use-resource-mutations';

// What the search page and the suggestions cache (written here as the API would answer them).
const SEARCH = gql`
  query CachedSearch($q: String) {
    search(input: { q: $q }) {
      total
    }
  }
`;
const QUICK = gql`
  query CachedQuickSearch($q: String!) {
    quickSearch(q: $q) {
      hits {
        slug
      }
    }
  }
`;

function cacheWithSearches(): InMemoryCache {
  const cache = new InMemoryCache();
  cache.writeQuery({
    query: SEARCH,
    variables: { q: 'écrans' },
    data: { search: { __typename: 'SearchResult', total: 0 } },
  });
  cache.writeQuery({
    query: QUICK,
    variables: { q: 'écrans' },
    data: { quickSearch: { __typename: 'QuickSearchResult', hits: [] } },
  });
  return cache;
}

const rootFields = (cache: InMemoryCache) =>
  Object.keys((cache.extract() as { ROOT_QUERY?: object }).ROOT_QUERY ?? {}).map((key) => key.split('(')[0]);

describe('One’s own writes drop the cached search answers', () => {
  it('after a createResource, the search and quickSearch fields are evicted from the cache', async () => {
    const cache = cacheWithSearches();
    expect(rootFields(cache)).toEqual(expect.arrayContaining(['search', 'quickSearch']));
    const input = { title: 'Le jeu des écrans' };
    const mock = {
      request: { query: CreateResourceMutation, variables: () => true },
      result: { data: { createResource: null } },
    };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={[mock] as never} cache={cache}>
        {children}
      </MockedProvider>
    );
    const { result } = renderHook(() => useCreateResource(), { wrapper });
    await act(async () => {
      await result.current[0]({ variables: { input } as never }).catch(() => undefined);
    });
    expect(rootFields(cache)).not.toContain('search');
    expect(rootFields(cache)).not.toContain('quickSearch');
  });
});
