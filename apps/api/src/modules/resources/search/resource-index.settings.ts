import type { Settings } from 'meilisearch';
import { FRENCH_STOP_WORDS } from '../../search/french/synonyms';
import type { ResourceDocument } from './resource-document';

/** Facets a search can filter on, in the order the web app shows them. */
export const RESOURCE_FACETS = ['type', 'format', 'themes', 'audiences', 'tags', 'organisation', 'language'] as const;
export type ResourceFacet = (typeof RESOURCE_FACETS)[number];

/** Every attribute of a resource document but `fileText` (the compiler checks the list against the type). */
const DISPLAYED: Record<Exclude<keyof ResourceDocument, 'fileText'>, true> = {
  id: true,
  version: true,
  slug: true,
  type: true,
  format: true,
  title: true,
  summary: true,
  body: true,
  authors: true,
  publisher: true,
  year: true,
  language: true,
  visibility: true,
  themes: true,
  themeLabels: true,
  audiences: true,
  audienceLabels: true,
  tags: true,
  tagLabels: true,
  organisation: true,
  organisationName: true,
  contributor: true,
  stems: true,
  debriefCount: true,
  ratingAverage: true,
  testedInField: true,
  createdAt: true,
  updatedAt: true,
  hasFileText: true,
  themeCards: true,
  thumbnailFileId: true,
};
const DISPLAYED_ATTRIBUTES = Object.keys(DISPLAYED);

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
    // (decision 0024).
    'fileText',
  ],
  // Everything but `fileText`: never sent back, and match positions (computed over displayed attributes only) would
  // cost ~120 ms a page over file text. Where a query matched in a file is found in PostgreSQL (file-match.service).
  displayedAttributes: DISPLAYED_ATTRIBUTES,
  // `id`: the search of file matches among a page's hits.
  filterableAttributes: [...RESOURCE_FACETS, 'visibility', 'contributor', 'testedInField', 'id'],
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
