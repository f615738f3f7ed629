import { useQuery } from '@apollo/client/react';
import { searchPageVariables } from '@culture-commune/shared';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useLocation, useNavigate } from 'react-router';
import { useDelayed } from '../../../shared/use-delayed';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { SearchResourcesQueryVariables } from '../../../generated/graphql';
import { ActiveFilters } from '../components/active-filters';
import { EmptySearch } from '../components/empty-search';
import { FacetFilters, useFacetLabel } from '../components/facet-filters';
import { SearchBox } from '../components/search-box';
import { SearchPagination } from '../components/search-pagination';
import { SearchResults, type SearchSlots } from '../components/search-results';
import { SortSelect } from '../components/sort-select';
import { ThemeFeedOffer } from '../components/theme-feed-offer';
import { SearchResourcesQuery } from '../graphql/search.queries';
import {
  addFilter,
  emptyFilters,
  hasFilters,
  removeFilterField,
  serialiseSearchUrl,
  setTestedInField,
  toggleFilter,
  type FacetKey,
} from '../hooks/search-url';
import { useQuickSearch, type QuickSearchHit } from '../hooks/use-quick-search';
import { useSearchInput } from '../hooks/use-search-input';
import { useSearchUrlState } from '../hooks/use-search-url-state';
import { paths } from '../../../shared/paths';

export function SearchPage({ slots }: { slots: SearchSlots }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [state, setState] = useSearchUrlState();
  useDocumentTitle(state.q ? `${state.q} · ${t('search.title')}` : undefined);

  const commitQuery = useCallback(
    (q: string) => setState((current) => (current.q === q ? current : { ...current, q, page: 1 }), { replace: true }),
    [setState],
  );
  const input = useSearchInput(state.q, commitQuery);
  // Suggestions are for what the person is typing, not for a query that came with the address.
  const [typing, setTyping] = useState(false);
  const suggestions = useQuickSearch(typing ? input.value : '');
  const onType = (value: string) => {
    setTyping(true);
    input.onChange(value);
  };
  const onSuggestion = (hit: QuickSearchHit) => {
    setTyping(false);
    if (hit.kind === 'resource') {
      void navigate(paths.resource(hit.slug));
      return;
    }
    // People of the directory (members only) have their page.
    if (hit.kind === 'person') {
      void navigate(paths.member(hit.slug));
      return;
    }
    // Reading lists and events have pages of their own.
    if (hit.kind === 'readingList' || hit.kind === 'event') {
      void navigate(hit.kind === 'readingList' ? paths.readingList(hit.slug) : paths.event(hit.slug));
      return;
    }
    // A theme or an organisation becomes a filter, in place of the words typed to find it.
    const key: FacetKey = hit.kind === 'theme' ? 'themes' : 'organisations';
    input.replace('');
    setState((current) => ({ ...addFilter(current, key, hit.slug), q: '' }));
  };

  // Submitting (Enter) always asks the server again, even for the query already shown: what was just shared may have
  // become searchable since, and the cached answer would otherwise be shown until the page is reloaded.
  // The focus then goes to the results (issue 13: the suggestions used to stay open over them and take their clicks).
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const onSubmit = () => {
    setTyping(false);
    const q = input.submit();
    if (q === state.q) void refetch();
    resultsHeading.current?.focus();
  };

  // The same builder as the API's for a page opened directly (its embedded first results are found in the cache).
  const variables = useMemo<SearchResourcesQueryVariables>(() => searchPageVariables(state), [state]);
  const { data, previousData, loading, error, refetch } = useQuery(SearchResourcesQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  // While the next results load, the previous ones stay on screen (dimmed).
  const result = (data ?? previousData)?.search;

  const facetLabel = useFacetLabel();
  const labelOf = (key: FacetKey, value: string) =>
    facetLabel(key, value, result?.facets[key].find((v) => v.value === value)?.label);
  const onToggle = (key: FacetKey, value: string) => setState((current) => toggleFilter(current, key, value));
  const onTestedInField = (tested: boolean) => setState((current) => setTestedInField(current, tested));
  const clearFilters = () => setState((current) => ({ ...current, filters: emptyFilters(), page: 1 }));
  const removeField = (key: FacetKey) => setState((current) => removeFilterField(current, key));
  const suggestion = result?.total === 0 && result.suggestion ? result.suggestion : null;

  const justDeleted = (location.state as { deleted?: boolean } | null)?.deleted === true;
  // « Recherche en cours… » only when the wait lasts (issue 13, item 19).
  const slowLoading = useDelayed(loading);
  const status = result
    ? result.total === 0
      ? t('search.noResource')
      : t('search.count', { count: result.total })
    : slowLoading
      ? t('search.loading')
      : '';

  return (
    <div className="search-page">
      <header className="page-header">
        <h1>{t('search.title')}</h1>
        <p className="lead">{t('search.intro')}</p>
      </header>
      {justDeleted && <p className="notice notice-success">{t('search.deleted')}</p>}
      <SearchBox
        value={input.value}
        onChange={onType}
        suggestions={suggestions}
        onSelect={onSuggestion}
        onSubmit={onSubmit}
      />
      <div className="search-layout">
        <div className="search-sidebar">
          <FacetFilters
            facets={result?.facets}
            selected={state.filters}
            onToggle={onToggle}
            onTestedInField={onTestedInField}
          />
        </div>
        <section className="search-main" aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden" tabIndex={-1} ref={resultsHeading}>
            {t('search.resultsHeading')}
          </h2>
          <div className="results-toolbar">
            <p role="status" className="results-count">
              {status}
            </p>
            {slowLoading && result && (
              <span className="loading-indicator" aria-hidden="true">
                {t('search.loading')}
              </span>
            )}
            <SortSelect
              value={state.sort}
              onChange={(sort) => setState((current) => ({ ...current, sort, page: 1 }))}
            />
          </div>
          <ActiveFilters
            filters={state.filters}
            labelOf={labelOf}
            onRemove={onToggle}
            onRemoveTestedInField={() => onTestedInField(false)}
            onClear={clearFilters}
          />
          <ThemeFeedOffer themes={state.filters.themes} labelOf={(slug) => labelOf('themes', slug)} />
          <SearchResults
            hits={result?.hits}
            loading={loading}
            error={error}
            onRetry={() => void refetch()}
            slots={slots}
            empty={
              <EmptySearch
                hasFilters={hasFilters(state.filters)}
                suggestion={
                  suggestion
                    ? {
                        text: suggestion,
                        to: { search: `?${serialiseSearchUrl({ ...state, q: suggestion, page: 1 })}` },
                      }
                    : null
                }
                relaxations={result?.relaxations}
                onRemoveFilterField={removeField}
                onClearFilters={clearFilters}
              />
            }
          />
          {result && !error && <SearchPagination state={state} totalPages={result.totalPages} />}
        </section>
      </div>
    </div>
  );
}
