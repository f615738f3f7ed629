import { Field, InputType, Int } from '@nestjs/graphql';
import type { ResourceType, SearchSort } from '@culture-commune/shared';
import { ResourceTypeEnum, SearchSortEnum } from '../../../common/graphql/enums';

@InputType('SearchFilters')
export class SearchFiltersInput {
  @Field(() => [ResourceTypeEnum], { nullable: true }) types?: ResourceType[];
  @Field(() => [String], { nullable: true }) formats?: string[];
  @Field(() => [String], { nullable: true, description: 'Theme slugs' }) themes?: string[];
  @Field(() => [String], { nullable: true, description: 'Audience slugs' }) audiences?: string[];
  @Field(() => [String], { nullable: true, description: 'Tag slugs' }) tags?: string[];
  @Field(() => [String], { nullable: true, description: 'Organisation slugs' }) organisations?: string[];
  @Field(() => [String], { nullable: true }) languages?: string[];
  @Field(() => Boolean, { nullable: true, description: 'Only tools with at least one field debrief.' }) testedInField?:
    boolean | null;
}

@InputType('SearchInput')
export class SearchInput {
  @Field(() => String, { nullable: true }) q?: string | null;
  @Field(() => SearchFiltersInput, { nullable: true }) filters?: SearchFiltersInput | null;
  @Field(() => SearchSortEnum, { nullable: true, defaultValue: 'relevance' }) sort?: SearchSort | null;
  @Field(() => Int, { nullable: true, defaultValue: 1 }) page?: number | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) pageSize?: number | null;
}
