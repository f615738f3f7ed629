import type { Settings } from 'meilisearch';
import { FRENCH_STOP_WORDS } from '../../search/french/synonyms';

/** Facets a search can filter on, in the order the web app shows them. */
export const RESOURCE_FACETS = ['type', 'format', 'themes', 'audiences', 'tags', 'organisation', 'language'] as const;
export type ResourceFacet = (typeof RESOURCE_FACETS)[number];

/**
 * Index settings as code, applied idempotently at start-up and by `reindex`.
 * Searchable attributes are in order of importance: a word in the title or a tag outranks one in the notes.
 */
export const RESOURCE_INDEX_SETTINGS: Settings = {
  searchableAttributes: [
    'title',
    'tagLabels',
    'themeLabels',
    'summary',
    'audienceLabels',
    'authors',
    'publisher',
    'organisationName',
    'body',
    // Singular forms of the words above (plural folding): "jeux" meets "jeu", "mots" meets "mot".
    'stems',
    // The text of attached files, one element per page: a word found only there ranks below one in any field above
    // (decision 0024). Displayed, because Meilisearch reports match positions only in displayed attributes, but
    // never retrieved: searches ask for `id` and `fileSpans` only.
    'fileText',
  ],
  displayedAttributes: ['*'],
  filterableAttributes: [...RESOURCE_FACETS, 'visibility', 'contributor', 'testedInField'],
  sortableAttributes: ['createdAt', 'updatedAt', 'year', 'title', 'debriefCount', 'ratingAverage'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra', 'eng'] }],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    disableOnAttributes: [],
  },
  faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 5000 },
  stopWords: FRENCH_STOP_WORDS,
  // No search inside facet values (the page lists them): skipping that structure makes each write cheaper to index.
  facetSearch: false,
};
