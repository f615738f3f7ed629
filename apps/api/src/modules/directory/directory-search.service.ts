import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS, logoUrl, ORGANISATION_KIND_LABELS, type OrganisationKind } from '@culture-commune/shared';
import type { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { InvalidInputError, ServiceUnavailableError } from '../../common/errors/domain-errors';
import type { FacetValueObject } from '../search/dto/search-result.object';
import { normaliseQuery } from '../search/french/plural';
import { MEILI_CLIENT } from '../search/meili.provider';
import { SearchIndexRegistry } from '../search/search-index.registry';
import { AudienceEntity } from '../taxonomy/audience.entity';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { directoryPolicy } from './directory.policy';
import {
  DirectoryEntryType,
  type DirectoryFacetsObject,
  type DirectoryResultsObject,
  type DirectorySearchInput,
} from './dto/directory.objects';
import type { DirectoryDocument } from './search/directory-document';
import { knowledgeScore, WhoKnowsService } from './who-knows.service';
import { DIRECTORY_FACETS, DIRECTORY_INDEX, type DirectoryFacet } from './search/directory-index.definition';
import { meiliApiError } from '../search/meili-http-client';

export const DIRECTORY_PAGE_SIZE = 24;
/** « Qui connaît … ? » ranks every match in memory: a theme's people and organisations, a few hundred at most. */
const WHO_KNOWS_MAX = 1000;
const PAGE_MAX = 100;

/** A Meilisearch string literal: the value between double quotes, its quotes and backslashes escaped. */
const literal = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const anyOf = (field: string, values: readonly string[]) =>
  values.length ? `${field} IN [${values.map(literal).join(', ')}]` : null;

/** `/annuaire`: one search box over organisations and people, with facets; what a visitor gets is decided by the policy. */
@Injectable()
export class DirectorySearchService {
  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly registry: SearchIndexRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly whoKnows: WhoKnowsService,
  ) {}

  async search(actor: Actor | null, input: DirectorySearchInput): Promise<DirectoryResultsObject> {
    const q = normaliseQuery(input.q.trim());
    if (q.length > LIMITS.searchQueryMax) throw InvalidInputError.of('q', 'maxLength', { max: LIMITS.searchQueryMax });
    if (!Number.isInteger(input.page) || input.page < 1 || input.page > PAGE_MAX)
      throw InvalidInputError.of('page', 'range', { min: 1, max: PAGE_MAX });
    const filter = [
      directoryPolicy.searchFilter(actor),
      anyOf('type', input.types),
      anyOf('kind', input.kinds),
      anyOf('city', input.cities),
      input.priorityNeighbourhood === true ? 'priorityNeighbourhood = true' : null,
      anyOf('themes', input.themes),
      anyOf('audiences', input.audiences),
    ].filter((part): part is string => part !== null);
    const whoKnows = q ? await this.whoKnows.ask(actor, q) : null;
    if (whoKnows) {
      // « Qui connaît … ? »: everyone with evidence or the theme in their document, ranked here by what they did.
      const ids = [...whoKnows.evidence.keys()];
      const slugs = whoKnows.themes.map((theme) => theme.slug);
      filter.push(ids.length ? `(${anyOf('themes', slugs)} OR ${anyOf('id', ids)})` : anyOf('themes', slugs)!);
    }
    const result = await this.query(whoKnows ? '' : q, filter, {
      hitsPerPage: whoKnows ? WHO_KNOWS_MAX : DIRECTORY_PAGE_SIZE,
      page: whoKnows ? 1 : input.page,
      // Without words, the directory reads like a directory: by name.
      sort: q && !whoKnows ? undefined : ['name:asc'],
    });
    let hits = result.hits;
    if (whoKnows) {
      const score = (hit: DirectoryDocument) => {
        const evidence = whoKnows.evidence.get(hit.id);
        return hit.type === 'person' && evidence ? knowledgeScore(evidence) : -1;
      };
      // Stable: equal scores keep Meilisearch's order, by name.
      hits = [...hits].sort((a, b) => score(b) - score(a));
      hits = hits.slice((input.page - 1) * DIRECTORY_PAGE_SIZE, input.page * DIRECTORY_PAGE_SIZE);
    }
    return {
      total: whoKnows ? result.hits.length : (result.totalHits ?? 0),
      page: input.page,
      pageSize: DIRECTORY_PAGE_SIZE,
      hits: hits.map((hit) => ({
        type: hit.type === 'person' ? DirectoryEntryType.PERSON : DirectoryEntryType.ORGANISATION,
        slug: hit.slug,
        name: hit.name,
        function: hit.function ?? null,
        organisationSlug: hit.organisationSlug ?? null,
        organisationName: hit.organisationName ?? null,
        kind: hit.kind ?? null,
        city: hit.city ?? null,
        priorityNeighbourhood: hit.priorityNeighbourhood ?? false,
        themeLabels: hit.themeLabels ?? [],
        archived: hit.archived ?? false,
        logoUrl: logoUrl(hit.logoId ?? null),
        evidence: (hit.type === 'person' && whoKnows?.evidence.get(hit.id)) || null,
      })),
      facets: await this.facets(result.facetDistribution ?? {}),
      askedThemes: whoKnows?.themes ?? [],
    };
  }

  private async query(
    q: string,
    filter: string[],
    options: { hitsPerPage: number; page: number; sort: string[] | undefined },
  ) {
    try {
      return await this.meili.index<DirectoryDocument>(this.registry.uid(DIRECTORY_INDEX)).search(q, {
        filter: filter.length ? filter.join(' AND ') : undefined,
        facets: [...DIRECTORY_FACETS],
        ...options,
        attributesToRetrieve: [
          'id',
          'type',
          'slug',
          'name',
          'function',
          'organisationSlug',
          'organisationName',
          'kind',
          'city',
          'priorityNeighbourhood',
          'themeLabels',
          'archived',
          'logoId',
        ],
      });
    } catch (error) {
      const apiError = meiliApiError(error);
      if (apiError && apiError.cause?.code !== 'index_not_found') throw apiError;
      throw new ServiceUnavailableError('unavailable.search');
    }
  }

  private async facets(
    distribution: Partial<Record<DirectoryFacet, Record<string, number>>>,
  ): Promise<DirectoryFacetsObject> {
    const manager = this.dataSource.manager;
    const themes = new Map((await manager.find(ThemeEntity)).map((theme) => [theme.slug, theme.label]));
    const audiences = new Map((await manager.find(AudienceEntity)).map((audience) => [audience.slug, audience.label]));
    const values = (facet: DirectoryFacet, label: (value: string) => string): FacetValueObject[] =>
      Object.entries(distribution[facet] ?? {})
        .map(([value, count]) => ({ value, count, label: label(value) }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
    return {
      // As the input's enum spells them (ORGANISATION, PERSON), so that a facet value can be sent back as a filter.
      types: values('type', (value) => (value === 'person' ? 'Personnes' : 'Structures')).map((facet) => ({
        ...facet,
        value: facet.value.toUpperCase(),
      })),
      kinds: values('kind', (value) => ORGANISATION_KIND_LABELS[value as OrganisationKind]?.fr ?? value),
      cities: values('city', (value) => value),
      priorityNeighbourhood: values('priorityNeighbourhood', (value) =>
        value === 'true' ? 'En quartier prioritaire' : 'Hors quartier prioritaire',
      ),
      themes: values('themes', (value) => themes.get(value) ?? value),
      audiences: values('audiences', (value) => audiences.get(value) ?? value),
    };
  }
}
