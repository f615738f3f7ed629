import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ResourceType, Visibility } from '@culture-commune/shared';
import { ResourceTypeEnum, VisibilityEnum } from '../../../common/graphql/enums';
import { AuthorKindChoiceDto } from './author-kind.dto';
import { MemberObject, OrganisationObject } from '../../organisations/dto/organisation.objects';
import { DebriefSummaryObject } from '../../debriefs/dto/debrief.objects';
import { AudienceObject, TagObject, ThemeObject } from '../../taxonomy/dto/taxonomy.objects';

@ObjectType('Resource')
export class ResourceObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'Stable, readable address: /ressources/<slug>' }) slug!: string;
  @Field(() => ResourceTypeEnum) type!: ResourceType;
  @Field() format!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => String, { nullable: true }) body!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => [String]) authors!: string[];
  @Field(() => [AuthorKindChoiceDto], {
    description: 'The authors marked as a person or an organisation, in the order of authors; the others are guessed.',
  })
  authorKinds!: AuthorKindChoiceDto[];
  @Field(() => String, { nullable: true }) publisher!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field() language!: string;
  @Field(() => String, { nullable: true }) licence!: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes!: number | null;
  @Field(() => VisibilityEnum) visibility!: Visibility;
  @Field(() => [ThemeObject]) themes!: ThemeObject[];
  @Field(() => [AudienceObject]) audiences!: AudienceObject[];
  @Field(() => [TagObject]) tags!: TagObject[];
  @Field(() => OrganisationObject, { nullable: true }) organisation!: OrganisationObject | null;
  @Field(() => MemberObject, { nullable: true }) contributor!: MemberObject | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field({ description: 'Whether the signed-in person may edit and delete it.' }) viewerCanEdit!: boolean;
  @Field(() => DebriefSummaryObject, {
    description: 'Use of a tool in the field: count, participants, average rating.',
  })
  debriefSummary!: DebriefSummaryObject;
  @Field(() => String, {
    nullable: true,
    description: "The main file's thumbnail (WebP), when it has one: first page of a PDF or slides, or the image.",
  })
  thumbnailUrl!: string | null;
}

@ObjectType('ResourcePage')
export class ResourcePageObject {
  @Field(() => [ResourceObject]) items!: ResourceObject[];
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) pageSize!: number;
}

@ObjectType('PossibleDuplicate', { description: 'A resource you can see that is probably the one being shared.' })
export class PossibleDuplicateObject {
  @Field() slug!: string;
  @Field() title!: string;
  @Field({ description: 'Same address once scheme, case, trailing slash and tracking parameters are ignored.' })
  sameUrl!: boolean;
  @Field({ description: 'Same title once case, accents and punctuation are ignored.' }) sameTitle!: boolean;
}
