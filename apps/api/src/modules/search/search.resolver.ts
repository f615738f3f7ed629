import { Args, Query, Resolver } from '@nestjs/graphql';
import { presentResource } from '../resources/resource.presenter';
import { SearchInput } from './dto/search.input';
import { SearchResultObject } from './dto/search-result.object';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchResultObject, { description: 'Full-text search with typo tolerance, filters, facet counts and highlights.' })
  async search(@Args('input') input: SearchInput): Promise<SearchResultObject> {
    const outcome = await this.searchService.search(input);
    return { ...outcome, hits: outcome.hits.map((hit) => ({ ...hit, resource: presentResource(hit.resource) })) };
  }
}
