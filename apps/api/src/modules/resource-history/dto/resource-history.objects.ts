import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ResourceType } from '@culture-commune/shared';
import { ResourceTypeEnum } from '../../../common/graphql/enums';
import { MemberObject } from '../../organisations/dto/organisation.objects';

@ObjectType('ResourceFieldChange', { description: 'One field of a version, before and after, as readable text.' })
export class ResourceFieldChangeObject {
  @Field({
    description:
      'title, summary, body, url, authors, publisher, year, language, licence, durationMinutes, type, format, visibility, organisation, themes, audiences or tags.',
  })
  field!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Before this version (null: empty, or none for the first version). Lists are joined with « , ».',
  })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'In this version (null: empty).' })
  after!: string | null;
}

@ObjectType('ResourceVersion')
export class ResourceVersionObject {
  @Field(() => Int) version!: number;
  @Field(() => MemberObject, { nullable: true, description: 'Who wrote it; null once the account is gone.' })
  author!: MemberObject | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => [ResourceFieldChangeObject], { description: 'The fields this version changed, in form order.' })
  changes!: ResourceFieldChangeObject[];
  @Field({ description: 'Whether this is the current state (restoring it would change nothing).' })
  current!: boolean;
}

@ObjectType('BinnedResource', { description: 'A resource in the bin, as curators see it.' })
export class BinnedResourceObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field(() => ResourceTypeEnum) type!: ResourceType;
  @Field(() => GraphQLISODateTime) deletedAt!: Date;
  @Field(() => MemberObject, { nullable: true }) deletedBy!: MemberObject | null;
  @Field(() => GraphQLISODateTime, { description: 'When the purge job deletes it for good.' }) purgeAt!: Date;
}

@ObjectType('ResourceBin')
export class ResourceBinObject {
  @Field(() => [BinnedResourceObject], { description: 'Most recently deleted first.' })
  items!: BinnedResourceObject[];
  @Field(() => Int, { description: 'Days a resource stays in the bin before it is deleted for good.' })
  retentionDays!: number;
}
