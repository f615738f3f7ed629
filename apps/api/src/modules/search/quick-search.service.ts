import { Inject, Injectable } from '@nestjs/common';
import { LIMITS, TYPE_LABELS, ResourceType } from '@culture-commune/shared';
import type { Meilisearch } from 'meilisearch';
import type { Actor } from '../../common/auth/actor';
import { InvalidInputError, ServiceUnavailableError } from '../../common/errors/domain-errors';
import { directoryPolicy } from '../directory/directory.policy';
import { eventsPolicy } from '../events/events.policy';
import { readingListsPolicy } from '../reading-lists/reading-lists.policy';
import { resourcesPolicy } from '../resources/resources.policy';
import { QuickSearchHitObject, QuickSearchKind } from './dto/quick-search.object';
import { buildFilter } from './filters';
import { normaliseQuery } from './french/plural';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, toSegments } from './highlight';
import { MEILI_CLIENT } from './meili.provider';
import { SearchIndexRegistry } from './search-index.registry';
import { meiliApiError } from './meili-http-client';

const QUICK_LIMIT_MAX = 20;

/** Where each index's hits come from, how they are named, and how much they weigh against the others. */
const SOURCES: { index: string; kind: QuickSearchKind; title: string; weight: number; retrieve?: string[] }[] = [
  // Not the pages of its files' text (`fileText`): only what a suggestion shows.
  { index: 'resources', kind: 'resource', title: 'title', weight: 1, retrieve: ['slug', 'title', 'type', 'year'] },
  { index: 'themes', kind: 'theme', title: 'label', weight: 1.1 },
  { index: 'organisations', kind: 'organisation', title: 'name', weight: 1.05 },
  { index: 'reading_lists', kind: 'readingList', title: 'title', weight: 1 },
  { index: 'events', kind: 'event', title: 'title', weight: 1 },
  // People of the directory: members only (the source is left out for visitors, directory.policy.ts).
  {
    index: 'directory',
    kind: 'person',
    title: 'name',
    weight: 1.05,
    retrieve: ['slug', 'name', 'function', 'organisationName'],
  },
];

/** Each source's visibility rule, the same as its pages'. */
const FILTERS: Partial<Record<QuickSearchKind, (actor: Actor | null) => string | string[] | undefined>> = {
  resource: (actor) => buildFilter({}, resourcesPolicy.searchFilter(actor)),
  readingList: (actor) => readingListsPolicy.searchFilter(actor),
  event: (actor) => eventsPolicy.searchFilter(actor) ?? undefined,
  organisation: (actor) => directoryPolicy.organisationSearchFilter(actor),
  person: (actor) =>
    [directoryPolicy.peopleSuggestionFilter(actor), directoryPolicy.searchFilter(actor)].filter(
      (part): part is string => part !== null,
    ),
};

type QuickDocument = Record<string, string | number | null> & { slug: string };

/**
 * The one search box's suggestions: one federated Meilisearch request across resources, themes, organisations, lists,
 * events and, for members, people of the directory.
 */
@Injectable()
export class QuickSearchService {
  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly registry: SearchIndexRegistry,
  ) {}

  async search(typed: string, limit: number, actor: Actor | null): Promise<QuickSearchHitObject[]> {
    const q = normaliseQuery(typed.trim());
    if (q.length > LIMITS.searchQueryMax) throw InvalidInputError.of('q', 'maxLength', { max: LIMITS.searchQueryMax });
    if (!Number.isInteger(limit) || limit < 1 || limit > QUICK_LIMIT_MAX) {
      throw InvalidInputError.of('limit', 'range', { min: 1, max: QUICK_LIMIT_MAX });
    }
    if (!q) return [];
    const sources = SOURCES.filter(
      (source) => source.kind !== 'person' || directoryPolicy.peopleSuggestionFilter(actor),
    );
    const queries = sources.map((source) => ({
      indexUid: this.registry.uid(source.index),
      q,
      filter: FILTERS[source.kind]?.(actor),
      attributesToRetrieve: source.retrieve,
      attributesToHighlight: [source.title],
      highlightPreTag: HIGHLIGHT_PRE,
      highlightPostTag: HIGHLIGHT_POST,
      federationOptions: { weight: source.weight },
    }));
    let hits: (QuickDocument & { _formatted?: Record<string, string>; _federation?: { queriesPosition: number } })[];
    try {
      ({ hits } = (await this.meili.multiSearch({ federation: { limit }, queries })) as unknown as {
        hits: typeof hits;
      });
    } catch (error) {
      const apiError = meiliApiError(error);
      if (apiError && apiError.cause?.code !== 'index_not_found') throw apiError;
      throw new ServiceUnavailableError('unavailable.search');
    }
    return hits.map((hit) => {
      const source = sources[hit._federation?.queriesPosition ?? 0];
      return {
        kind: source.kind,
        slug: hit.slug,
        title: toSegments(hit._formatted?.[source.title] ?? String(hit[source.title] ?? '')),
        detail: detailOf(source.kind, hit),
        resourceType: source.kind === 'resource' ? (hit.type as ResourceType) : null,
        year: source.kind === 'resource' && typeof hit.year === 'number' ? hit.year : null,
      };
    });
  }
}

function detailOf(kind: QuickSearchKind, hit: QuickDocument): string | null {
  if (kind === 'resource') {
    const type = TYPE_LABELS[hit.type as ResourceType]?.fr ?? String(hit.type);
    return hit.year ? `${type} · ${hit.year}` : type;
  }
  if (kind === 'organisation') return (hit.city as string | null) ?? null;
  if (kind === 'person') return [hit.function, hit.organisationName].filter(Boolean).join(' · ') || null;
  if (kind === 'event') {
    const when = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
      new Date(Number(hit.startsAt)),
    );
    return hit.place ? `${when} · ${hit.place}` : when;
  }
  if (kind === 'readingList')
    return `${hit.itemCount} ressource${Number(hit.itemCount) > 1 ? 's' : ''}${hit.curator ? ` · ${hit.curator}` : ''}`;
  return (hit.description as string | null) ?? null;
}
