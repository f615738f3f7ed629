import { Inject, Injectable } from '@nestjs/common';
import {
  AUDIENCES,
  FORMAT_LABELS,
  SearchSort,
  LANGUAGE_LABELS,
  LANGUAGES,
  LIMITS,
  Language,
  RESOURCE_FORMATS,
  TYPE_LABELS,
  ValidationIssue,
} from '@culture-commune/shared';
import { type Meilisearch, type SearchResponse } from 'meilisearch';
import type { Actor } from '../../common/auth/actor';
import { InvalidInputError, ServiceUnavailableError } from '../../common/errors/domain-errors';
import { resourcesPolicy } from '../resources/resources.policy';
import type { ResourceObject } from '../resources/dto/resource.object';
import { presentResource } from '../resources/resource.presenter';
import { OrganisationsService } from '../organisations/organisations.service';
import { ResourcesService, checkPaging } from '../resources/resources.service';
import { RESOURCE_INDEX } from '../resources/search/resource-index.definition';
import { RESOURCE_FACETS, ResourceFacet } from '../resources/search/resource-index.settings';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { SearchFiltersInput, SearchInput } from './dto/search.input';
import { FacetFields, FacetLabels, presentFacets } from './facets';
import { FacetSelection, buildFilter } from './filters';
import { normaliseQuery } from './french/plural';
import { nearestSpelling } from './spelling';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, HighlightSegment, toSegments } from './highlight';
import { FileMatch, FileMatchService } from './file-match.service';
import { DisplayAttribute, DisplayDocument, displayable, presentFromIndex } from './index-display';
import { MEILI_CLIENT } from './meili.provider';
import { SearchIndexRegistry } from './search-index.registry';
import { meiliApiError } from './meili-http-client';

export interface SearchOutcome {
  hits: {
    resource: ResourceObject;
    title: HighlightSegment[];
    summary: HighlightSegment[];
    fileMatch: FileMatch | null;
    thumbnailUrl: string | null;
  }[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  facets: FacetFields;
  processingTimeMs: number;
  relaxations: { field: string; total: number }[];
  suggestion: string | null;
}

/** Filter fields of the GraphQL input, and the index attribute each one filters. */
type FacetFilterField = Exclude<keyof SearchFiltersInput, 'testedInField'>;

const FILTER_FIELDS: Record<FacetFilterField, ResourceFacet> = {
  types: 'type',
  formats: 'format',
  themes: 'themes',
  audiences: 'audiences',
  tags: 'tags',
  organisations: 'organisation',
  languages: 'language',
};

const FIELD_OF_FACET = Object.fromEntries(
  Object.entries(FILTER_FIELDS).map(([field, facet]) => [facet, field]),
) as Record<ResourceFacet, FacetFilterField>;

const LABEL_TTL_MS = 60_000;

const SORTS: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  newest: ['createdAt:desc'],
  mostUsed: ['debriefCount:desc', 'ratingAverage:desc'],
  bestRated: ['ratingAverage:desc', 'debriefCount:desc'],
};

/** Labels of the vocabularies fixed in `libs/shared`; curated ones (themes, tags, organisations) start empty. */
function fixedLabels(): FacetLabels {
  return {
    type: new Map(Object.entries(TYPE_LABELS).map(([value, label]) => [value, label.fr])),
    format: new Map(RESOURCE_FORMATS.map((format) => [format, FORMAT_LABELS[format]?.fr ?? format])),
    audiences: new Map(AUDIENCES.map((audience) => [audience.slug, audience.label])),
    language: new Map(LANGUAGES.map((language: Language) => [language, LANGUAGE_LABELS[language].fr])),
    themes: new Map(),
    tags: new Map(),
    organisation: new Map(),
  };
}

@Injectable()
export class SearchService {
  private labelMemo?: { until: number; labels: FacetLabels };

  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly registry: SearchIndexRegistry,
    private readonly resources: ResourcesService,
    private readonly taxonomy: TaxonomyService,
    private readonly organisations: OrganisationsService,
    private readonly fileMatches: FileMatchService,
  ) {}

  /**
   * With `fromIndex` (the document attributes of the resource fields the caller asks, all carried by the index, see
   * index-display.ts), the hits are presented from their search documents; otherwise, or when the index predates
   * those attributes, from PostgreSQL.
   */
  async search(
    input: SearchInput,
    actor: Actor | null,
    { fromIndex = null }: { fromIndex?: DisplayAttribute[] | null } = {},
  ): Promise<SearchOutcome> {
    // What the actor may see, and "tested in the field" when asked: constraints no facet count may drop.
    const access =
      [resourcesPolicy.searchFilter(actor), input.filters?.testedInField ? 'testedInField = true' : null]
        .filter(Boolean)
        .join(' AND ') || null;
    const typed = (input.q ?? '').trim();
    const page = input.page ?? 1;
    const pageSize = input.pageSize ?? LIMITS.pageSizeDefault;
    if (typed.length > LIMITS.searchQueryMax)
      throw InvalidInputError.of('q', 'maxLength', { max: LIMITS.searchQueryMax });
    const q = normaliseQuery(typed);
    checkPaging(page, pageSize);
    const selection = readSelection(input.filters ?? {});
    // Unknown filter values are refused before Meilisearch is asked anything.
    const labels = await this.labels(selection);
    // A tag counts as known only through resources the actor may see: no oracle for tags of drafts.
    const visibleTags = await this.taxonomy.visibleTagSlugs(actor, selection.tags ?? []);
    checkSelection(selection, labels, visibleTags);

    const indexUid = this.registry.uid(RESOURCE_INDEX);
    const selected = RESOURCE_FACETS.filter((facet) => selection[facet]?.length);
    const queries = [
      {
        indexUid,
        q,
        filter: buildFilter(selection, access),
        facets: [...RESOURCE_FACETS],
        page,
        hitsPerPage: pageSize,
        attributesToRetrieve: fromIndex ?? ['id', 'hasFileText'],
        attributesToHighlight: ['title', 'summary'],
        attributesToCrop: ['summary'],
        cropLength: 45,
        highlightPreTag: HIGHLIGHT_PRE,
        highlightPostTag: HIGHLIGHT_POST,
        sort: SORTS[input.sort ?? 'relevance'],
      },
      // Disjunctive faceting: each facet with a selection is counted as if it were not filtered.
      // Their totals also say what dropping that filter would give, offered when nothing matches.
      ...selected.map((facet) => ({
        indexUid,
        q,
        filter: buildFilter(selection, access, facet),
        facets: [facet],
        limit: 0,
      })),
    ];
    let results: SearchResponse<DisplayDocument>[];
    try {
      ({ results } = (await this.meili.multiSearch({ queries })) as { results: SearchResponse<DisplayDocument>[] });
    } catch (error) {
      const apiError = meiliApiError(error);
      if (apiError && apiError.cause?.code !== 'index_not_found') throw apiError;
      throw new ServiceUnavailableError('unavailable.search');
    }
    const [main, ...disjunctive] = results;
    const distribution = { ...(main.facetDistribution ?? {}) };
    selected.forEach((facet, i) => (distribution[facet] = disjunctive[i].facetDistribution?.[facet] ?? {}));

    const documents = main.hits;
    const shownFromIndex = fromIndex !== null && displayable(documents, fromIndex);
    const [rows, fileMatches] = await Promise.all([
      shownFromIndex ? null : this.resources.loadWithRelations(documents.map((hit) => hit.id)),
      this.fileMatches.forHits(indexUid, q, documents),
      this.addLabels(labels, distribution),
    ]);
    const byId = new Map(rows?.map((row) => [row.id, row]));
    const resourceOf = (hit: DisplayDocument): ResourceObject | null => {
      if (shownFromIndex) return presentFromIndex(hit);
      const row = byId.get(hit.id);
      return row ? presentResource(row, actor) : null;
    };
    const total = main.totalHits ?? 0;
    return {
      hits: documents.flatMap((hit) => {
        const resource = resourceOf(hit);
        if (!resource) return [];
        const formatted = hit._formatted as { title?: string; summary?: string } | undefined;
        return [
          {
            resource,
            title: toSegments(formatted?.title),
            summary: toSegments(formatted?.summary),
            fileMatch: fileMatches.get(hit.id) ?? null,
            thumbnailUrl: resource.thumbnailUrl,
          },
        ];
      }),
      total,
      page,
      pageSize,
      totalPages: Math.ceil(total / pageSize),
      facets: presentFacets(distribution, selection, labels),
      processingTimeMs: main.processingTimeMs,
      relaxations:
        total > 0
          ? []
          : selected.map((facet, i) => ({
              field: FIELD_OF_FACET[facet],
              total: disjunctive[i].estimatedTotalHits ?? 0,
            })),
      suggestion: total > 0 || !q ? null : await this.suggest(q, indexUid, access),
    };
  }

  /** A respelled query, offered only if it finds something (without filters). */
  private async suggest(q: string, indexUid: string, access: string | null): Promise<string | null> {
    const respelled = nearestSpelling(q, await this.resources.libraryWords());
    if (!respelled) return null;
    const check = await this.meili
      .index(indexUid)
      .search(normaliseQuery(respelled), { filter: buildFilter({}, access), limit: 0 });
    return (check.estimatedTotalHits ?? 0) > 0 ? respelled : null;
  }

  /**
   * Labels of the given facet values only: fixed vocabularies come from `libs/shared`, curated ones from PostgreSQL
   * (themes, tags, organisations), looked up by slug so that a search never loads a whole vocabulary.
   */
  private async labels(values: Partial<Record<ResourceFacet, string[]>>): Promise<FacetLabels> {
    // A per-process memo of display labels (never state another replica needs): values it lacks are looked up, so a
    // new tag is known at once; a renamed theme shows its old label for at most LABEL_TTL_MS.
    if (!this.labelMemo || this.labelMemo.until < Date.now())
      this.labelMemo = { until: Date.now() + LABEL_TTL_MS, labels: fixedLabels() };
    const labels = this.labelMemo.labels;
    await this.addLabels(labels, values);
    return labels;
  }

  private async addLabels(
    labels: FacetLabels,
    values: Partial<Record<ResourceFacet, string[] | Record<string, number>>>,
  ) {
    const missing = (facet: 'themes' | 'tags' | 'organisation') => {
      const raw = values[facet] ?? [];
      return (Array.isArray(raw) ? raw : Object.keys(raw)).filter((value) => !labels[facet].has(value));
    };
    const [themes, tags, organisations] = await Promise.all([
      this.taxonomy.themesBySlugs(missing('themes')),
      this.taxonomy.tagsBySlugs(missing('tags')),
      this.organisations.bySlugs(missing('organisation')),
    ]);
    themes.forEach((theme) => labels.themes.set(theme.slug, theme.label));
    tags.forEach((tag) => labels.tags.set(tag.slug, tag.label));
    organisations.forEach((organisation) => labels.organisation.set(organisation.slug, organisation.name));
  }
}

/** The GraphQL filters as index filters (values deduplicated). */
function readSelection(filters: SearchFiltersInput): FacetSelection {
  const selection: FacetSelection = {};
  for (const [field, facet] of Object.entries(FILTER_FIELDS) as [FacetFilterField, ResourceFacet][]) {
    const values = [...new Set(filters[field] ?? [])];
    if (values.length) selection[facet] = values;
  }
  return selection;
}

/** Refuses unknown filter values, naming the field (`filters.themes`) and the values. */
function checkSelection(selection: FacetSelection, labels: FacetLabels, visibleTags: Set<string>): void {
  const issues: ValidationIssue[] = [];
  for (const [field, facet] of Object.entries(FILTER_FIELDS) as [FacetFilterField, ResourceFacet][]) {
    const known = (value: string) => (facet === 'tags' ? visibleTags.has(value) : labels[facet].has(value));
    const unknown = (selection[facet] ?? []).filter((value) => !known(value));
    if (unknown.length)
      issues.push({ field: `filters.${field}`, rule: 'unknown', params: { values: unknown.join(', ') } });
  }
  if (issues.length) throw new InvalidInputError(issues);
}
