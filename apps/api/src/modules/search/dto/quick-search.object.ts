import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ResourceType } from '@culture-commune/shared';
import { ResourceTypeEnum } from '../../../common/graphql/enums';
import { HighlightSegmentObject } from './search-result.object';

export const QuickSearchKind = {
  resource: 'resource',
  organisation: 'organisation',
  theme: 'theme',
  readingList: 'readingList',
  event: 'event',
  /** A person of the directory (members only): `/membres/<slug>`. */
  person: 'person',
} as const;
export type QuickSearchKind = (typeof QuickSearchKind)[keyof typeof QuickSearchKind];
registerEnumType(QuickSearchKind, { name: 'QuickSearchKind' });

@ObjectType('QuickSearchHit')
export class QuickSearchHitObject {
  @Field(() => QuickSearchKind) kind!: QuickSearchKind;
  @Field() slug!: string;
  @Field(() => [HighlightSegmentObject], { description: 'Title or name, with the matches marked.' })
  title!: HighlightSegmentObject[];
  @Field(() => String, {
    nullable: true,
    description: 'A short second line: type and year, city, function and organisation, or description.',
  })
  detail!: string | null;
  @Field(() => ResourceTypeEnum, {
    nullable: true,
    description: 'For resources: their type, for the interface to name it.',
  })
  resourceType!: ResourceType | null;
  @Field(() => Int, { nullable: true, description: 'For resources: their year.' }) year!: number | null;
}

@ObjectType('QuickSearchResult')
export class QuickSearchResultObject {
  @Field(() => [QuickSearchHitObject], {
    description: 'Resources, themes, organisations, lists, events and (members only) people, best first.',
  })
  hits!: QuickSearchHitObject[];
}
