import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { FacetValueObject, SearchFacetsObject } from './dto/search-result.object';
import { FACET_VALUES_MAX, firstValues } from './facets';

@Resolver(() => SearchFacetsObject)
export class SearchFacetsResolver {
  /**
   * Tags are many and a page offers only the most used: `first` asks for just those, which the API then neither
   * writes nor the browser reads (issue 16). A selected tag is always listed, whatever its place.
   */
  @ResolveField(() => [FacetValueObject], {
    description: `The most used tags first (then by label), at most \`first\` of them (1–${FACET_VALUES_MAX}); selected tags always.`,
  })
  tags(
    @Parent() facets: SearchFacetsObject,
    @Args('first', { type: () => Int, nullable: true, defaultValue: FACET_VALUES_MAX }) first: number,
  ): FacetValueObject[] {
    if (!Number.isInteger(first) || first < 1 || first > FACET_VALUES_MAX)
      throw InvalidInputError.of('first', 'range', { min: 1, max: FACET_VALUES_MAX });
    return firstValues(facets.tags, first, facets.chosenTags);
  }
}
