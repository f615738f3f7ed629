import { Args, Info, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { SearchInput } from './dto/search.input';
import { SearchResultObject } from './dto/search-result.object';
import { SearchService } from './search.service';
import { indexAttributes } from './index-display';
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
  search(
    @Args('input') input: SearchInput,
    @CurrentActor() actor: Actor | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResultObject> {
    return this.searchService.search(input, actor, { fromIndex: indexAttributes(info) });
  }
}
