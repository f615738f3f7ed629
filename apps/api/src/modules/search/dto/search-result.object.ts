import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ResourceObject } from '../../resources/dto/resource.object';

@ObjectType('HighlightSegment', { description: 'A piece of text; `match` is true where it matches the query.' })
export class HighlightSegmentObject {
  @Field() text!: string;
  @Field() match!: boolean;
}

@ObjectType('SearchHit')
export class SearchHitObject {
  @Field(() => ResourceObject) resource!: ResourceObject;
  @Field(() => [HighlightSegmentObject]) title!: HighlightSegmentObject[];
  @Field(() => [HighlightSegmentObject], { description: 'The summary, cropped around the matches.' })
  summary!: HighlightSegmentObject[];
}

@ObjectType('FacetValue')
export class FacetValueObject {
  @Field({ description: 'The value to put in SearchFilters (a slug or code).' }) value!: string;
  @Field({ description: 'How a person reads it (French).' }) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('SearchFacets', {
  description:
    'Counts per value. A facet with selected values counts as if it were not filtered (disjunctive faceting).',
})
export class SearchFacetsObject {
  @Field(() => [FacetValueObject]) types!: FacetValueObject[];
  @Field(() => [FacetValueObject]) formats!: FacetValueObject[];
  @Field(() => [FacetValueObject]) themes!: FacetValueObject[];
  @Field(() => [FacetValueObject]) audiences!: FacetValueObject[];
  @Field(() => [FacetValueObject]) tags!: FacetValueObject[];
  @Field(() => [FacetValueObject]) organisations!: FacetValueObject[];
  @Field(() => [FacetValueObject]) languages!: FacetValueObject[];
}

@ObjectType('FilterRelaxation', { description: 'How many results there would be without one filter field.' })
export class FilterRelaxationObject {
  @Field({ description: 'A SearchFilters field: types, formats, themes, audiences, tags, organisations, languages.' })
  field!: string;
  @Field(() => Int) total!: number;
}

@ObjectType('SearchResult')
export class SearchResultObject {
  @Field(() => [SearchHitObject]) hits!: SearchHitObject[];
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) pageSize!: number;
  @Field(() => Int) totalPages!: number;
  @Field(() => SearchFacetsObject) facets!: SearchFacetsObject;
  @Field(() => Int) processingTimeMs!: number;
  @Field(() => [FilterRelaxationObject], {
    description: 'Filled when nothing matches: what dropping each filter field would give.',
  })
  relaxations!: FilterRelaxationObject[];
  @Field(() => String, { nullable: true, description: 'When nothing matches: a respelled query that has results.' })
  suggestion!: string | null;
}
