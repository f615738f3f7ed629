// The search page's address is built by one helper shared with the API (its feeds link to it): issue 13, item 10.
export {
  addFilter,
  defaultSearchState,
  emptyFilters,
  FACET_KEYS,
  hasFilters,
  isFacetKey,
  parseSearchUrl,
  removeFilterField,
  serialiseSearchUrl,
  setTestedInField,
  themeSearchPath,
  toggleFilter,
  type FacetKey,
  type SearchFilterState,
  type SearchUrlState,
} from '@culture-commune/shared';
