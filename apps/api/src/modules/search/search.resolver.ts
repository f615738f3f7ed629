import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { presentResource } from '../resources/resource.presenter';
import { SearchInput } from './dto/search.input';
import { SearchResultObject } from './dto/search-result.object';
import { SearchService } from './search.service';
import { QuickSearchResultObject } from './dto/quick-search.object';
import { QuickSearchService } from './quick-search.service';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly searchService: SearchService,
    private readonly quickSearchService: QuickSearchService,
  ) {}

  @Query(() => QuickSearchResultObject, {
    description: 'Suggestions while typing: resources, themes and organisations at once.',
  })
  async quickSearch(
    @Args('q') q: string,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 8 }) limit: number,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuickSearchResultObject> {
    return { hits: await this.quickSearchService.search(q, limit, actor) };
  }

  @Query(() => SearchResultObject, {
    description: 'Full-text search with typo tolerance, filters, facet counts and highlights.',
  })
  async search(@Args('input') input: SearchInput, @CurrentActor() actor: Actor | null): Promise<SearchResultObject> {
    const outcome = await this.searchService.search(input, actor);
    return {
      ...outcome,
      hits: outcome.hits.map((hit) => ({ ...hit, resource: presentResource(hit.resource, actor) })),
    };
  }
}
