import { MockedProvider } from '@apollo/client/testing/react';
import { InMemoryCache } from '@apollo/client';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LIMITS } from '@culture-commune/shared';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { LANGUAGE_STORAGE_KEY } from '../../../i18n/i18n';
import { ThemeLabelsQuery } from '../../../shared/theme-labels.documents';
import { SearchResourcesQuery } from '../graphql/search.queries';
import type { SearchSlots } from '../components/search-results';
import { SearchPage } from './search-page';

const slots: SearchSlots = { addToList: () => null };

const facets = { types: [], formats: [], themes: [], audiences: [], tags: [], organisations: [], languages: [] };

/** The answer to `search` for « écrans »: nothing the first time, the new resource once it is indexed. */
function searchMock(asked: { count: number }, facetValues: typeof facets = facets) {
  return {
    request: {
      query: SearchResourcesQuery,
      variables: {
        input: { q: 'écrans', filters: {}, sort: 'relevance', page: 1, pageSize: LIMITS.pageSizeDefault },
      },
    },
    result: () => {
      asked.count += 1;
      const found = asked.count > 1;
      return {
        data: {
          search: {
            __typename: 'SearchResult',
            total: found ? 1 : 0,
            page: 1,
            pageSize: LIMITS.pageSizeDefault,
            totalPages: found ? 1 : 0,
            suggestion: null,
            relaxations: [],
            hits: found
              ? [
                  {
                    resource: {
                      __typename: 'Resource',
                      id: 'r-1',
                      slug: 'le-jeu-des-ecrans',
                      type: 'lecture',
                      format: 'livre',
                      title: 'Le jeu des écrans',
                      summary: 'Un résumé.',
                      year: 2013,
                      themes: [],
                    },
                    title: [{ text: 'Le jeu des écrans', match: false }],
                    summary: [{ text: 'Un résumé.', match: false }],
                    thumbnailUrl: null,
                    fileMatch: null,
                  },
                ]
              : [],
            facets: facetValues,
          },
        },
      };
    },
    maxUsageCount: 5,
  };
}

describe('SearchPage: submitting asks the server again', () => {
  it('the same query submitted twice (Enter) hits the network twice, and shows what was indexed meanwhile', async () => {
    const asked = { count: 0 };
    renderWithProviders(
      <MockedProvider mocks={[viewerMock(), searchMock(asked)] as never} cache={new InMemoryCache()}>
        <SearchPage slots={slots} />
      </MockedProvider>,
      { route: '/recherche?q=%C3%A9crans' },
    );
    await waitFor(() => expect(asked.count).toBe(1));
    const box = document.querySelector<HTMLInputElement>('input[name="q"]')!;
    expect(box.value).toBe('écrans');
    // Same words again, then Enter: the cached answer must not be the last word.
    fireEvent.change(box, { target: { value: 'écrans' } });
    fireEvent.submit(box.closest('form')!);
    await waitFor(() => expect(asked.count).toBe(2));
    expect(await screen.findByRole('link', { name: /Le jeu des écrans/ })).toBeTruthy();
  });

  it('moves the focus to the results heading on Enter, out of the search box and its suggestions', async () => {
    const asked = { count: 0 };
    renderWithProviders(
      <MockedProvider mocks={[viewerMock(), searchMock(asked)] as never} cache={new InMemoryCache()}>
        <SearchPage slots={slots} />
      </MockedProvider>,
      { route: '/recherche?q=%C3%A9crans' },
    );
    await waitFor(() => expect(asked.count).toBe(1));
    const box = document.querySelector<HTMLInputElement>('input[name="q"]')!;
    box.focus();
    fireEvent.submit(box.closest('form')!);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Résultats' }));
  });

  it('names the theme filters in English in the English interface (the French name when a theme has none)', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const value = (slug: string, label: string) => ({ __typename: 'FacetValue', value: slug, label, count: 2 });
    const themes = [value('jeux-video', 'Jeux vidéo'), value('robotique', 'Robotique éducative')];
    const labels = {
      request: { query: ThemeLabelsQuery },
      result: {
        data: {
          themes: [
            { __typename: 'Theme', id: 't1', slug: 'jeux-video', labelEn: 'Video games' },
            { __typename: 'Theme', id: 't2', slug: 'robotique', labelEn: null },
          ],
        },
      },
    };
    renderWithProviders(
      <MockedProvider
        mocks={[viewerMock(), labels, searchMock({ count: 1 }, { ...facets, themes } as never)] as never}
        cache={new InMemoryCache()}
      >
        <SearchPage slots={slots} />
      </MockedProvider>,
      { route: '/recherche?q=%C3%A9crans' },
    );
    expect(await screen.findByRole('checkbox', { name: /^Video games/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /^Robotique éducative/ })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /^Jeux vidéo/ })).toBeNull();
  });
});
