import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberObject } from '../../organisations/dto/organisation.objects';
import { ResourceLinkObject } from '../../notifications/dto/notification.objects';
import { ThemeObject } from '../../taxonomy/dto/taxonomy.objects';

export enum FollowKind {
  THEME = 'theme',
  ORGANISATION = 'organisation',
  MEMBER = 'member',
}
registerEnumType(FollowKind, { name: 'FollowKind' });

export enum NewsKind {
  RESOURCE = 'resource',
  DEBRIEF = 'debrief',
  COMMENT = 'comment',
}
registerEnumType(NewsKind, { name: 'NewsKind' });

@ObjectType('Follow', { description: 'A theme, organisation or member the signed-in person follows.' })
export class FollowObject {
  @Field(() => FollowKind) kind!: FollowKind;
  @Field() slug!: string;
  @Field() label!: string;
}

@ObjectType('NewsItem', { description: 'A new resource, debrief or comment from what the person follows.' })
export class NewsItemObject {
  @Field(() => ID, { description: 'Kind and id, unique across kinds.' }) id!: string;
  @Field(() => NewsKind) kind!: NewsKind;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => MemberObject, { nullable: true }) actor!: MemberObject | null;
  @Field(() => ResourceLinkObject) resource!: ResourceLinkObject;
  @Field(() => String, { nullable: true, description: 'Summary, debrief or comment start, as plain text.' }) excerpt!:
    string | null;
  @Field(() => [FollowObject], { description: 'Which follows brought it here.' }) because!: FollowObject[];
}

@ObjectType('NewsFeed')
export class NewsFeedObject {
  @Field(() => [NewsItemObject]) items!: NewsItemObject[];
  @Field({ description: 'Older items exist: ask again with `after` = endCursor.' }) hasMore!: boolean;
  @Field(() => String, { nullable: true, description: 'Where this page ends, for the next one.' }) endCursor!:
    string | null;
  @Field(() => Int, { description: 'How many things the person follows (0: the page explains how to follow).' })
  followCount!: number;
}

@ObjectType('MemberProfile')
export class MemberProfileObject {
  @Field(() => MemberObject) member!: MemberObject;
  @Field(() => [ThemeObject]) expertise!: ThemeObject[];
  @Field({ description: 'The signed-in person follows this member.' }) viewerFollows!: boolean;
  @Field({ description: 'This is the signed-in person’s own profile.' }) isViewer!: boolean;
  @Field(() => Int) followerCount!: number;
  @Field(() => [ResourceLinkObject], { description: 'Their latest resources the viewer may see (10 at most).' })
  recentResources!: ResourceLinkObject[];
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Set while the account is deactivated (only admins see such a page).',
  })
  deactivatedAt!: Date | null;
}
