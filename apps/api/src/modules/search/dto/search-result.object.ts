import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FILE_TEXT_UNITS } from '@culture-commune/shared';
import type { FileTextUnit } from '@culture-commune/shared';
import { ResourceObject } from '../../resources/dto/resource.object';

@ObjectType('HighlightSegment', { description: 'A piece of text; `match` is true where it matches the query.' })
export class HighlightSegmentObject {
  @Field() text!: string;
  @Field() match!: boolean;
}

const FileTextUnitEnum = Object.fromEntries(FILE_TEXT_UNITS.map((unit) => [unit, unit])) as {
  [U in FileTextUnit]: U;
};
registerEnumType(FileTextUnitEnum, {
  name: 'FileTextUnit',
  description: 'What a file’s text is counted in: PDF pages, slides, sheets, EPUB chapters, or one document.',
});

@ObjectType('FileMatch', { description: 'Where the query matched inside one of the resource’s files.' })
export class FileMatchObject {
  @Field(() => ID) fileId!: string;
  @Field() fileName!: string;
  @Field(() => FileTextUnitEnum) unit!: FileTextUnit;
  @Field(() => Int, { nullable: true, description: 'Page, slide, sheet or chapter number; null for a document.' })
  number!: number | null;
  @Field({
    description:
      'About 30 words around the match as HTML: the text escaped, matches in <mark>. A string, not segments, so that a ' +
      'page of 100 hits stays within the query cost limit.',
  })
  excerpt!: string;
}

@ObjectType('SearchHit')
export class SearchHitObject {
  @Field(() => ResourceObject) resource!: ResourceObject;
  @Field(() => [HighlightSegmentObject]) title!: HighlightSegmentObject[];
  @Field(() => [HighlightSegmentObject], { description: 'The summary, cropped around the matches.' })
  summary!: HighlightSegmentObject[];
  @Field(() => FileMatchObject, { nullable: true, description: 'Set when the query matched inside a file.' })
  fileMatch!: FileMatchObject | null;
  @Field(() => String, { nullable: true, description: 'The main file’s thumbnail, when it has one.' })
  thumbnailUrl!: string | null;
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
  /** A field with an argument (search-facets.resolver.ts): `tags(first)`. */
  tags!: FacetValueObject[];
  @Field(() => [FacetValueObject]) organisations!: FacetValueObject[];
  @Field(() => [FacetValueObject]) languages!: FacetValueObject[];
  /** Not a field: the tags selected, which `tags(first)` keeps. */
  chosenTags!: readonly string[];
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
