import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MemberObject } from '../../organisations/dto/organisation.objects';
import { ResourceLinkObject } from '../../notifications/dto/notification.objects';

@ObjectType('Comment')
export class CommentObject {
  @Field(() => ID) id!: string;
  @Field(() => MemberObject, { nullable: true }) author!: MemberObject | null;
  @Field({ description: 'HTML sanitised on the server (allowlist); empty when deleted or hidden.' }) html!: string;
  @Field({ description: 'The Markdown source, for editing; empty when deleted or hidden.' }) markdown!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field() edited!: boolean;
  @Field() deleted!: boolean;
  @Field({ description: 'Hidden by a coordinator after reports.' }) hidden!: boolean;
  @Field() viewerCanEdit!: boolean;
  @Field({ description: 'A signed-in member other than the author may report it.' }) viewerCanReport!: boolean;
  @Field({ description: 'The viewer reported it and the report awaits a decision.' }) viewerReported!: boolean;
  @Field(() => [CommentObject], { description: 'Replies, one level deep, oldest first.' }) replies!: CommentObject[];
}

@ObjectType('CommentReport')
export class CommentReportObject {
  @Field(() => MemberObject, { nullable: true }) reporter!: MemberObject | null;
  @Field() reason!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('ModerationItem', { description: 'A reported or hidden comment, with its text, for moderators.' })
export class ModerationItemObject {
  @Field(() => ID, { description: 'The comment’s id.' }) id!: string;
  @Field(() => MemberObject, { nullable: true }) author!: MemberObject | null;
  @Field({ description: 'The comment as written (sanitised HTML), even when hidden.' }) html!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field() hidden!: boolean;
  @Field(() => ResourceLinkObject, {
    nullable: true,
    description: 'The resource discussed (null for a reading list’s comment).',
  })
  resource!: ResourceLinkObject | null;
  @Field(() => ResourceLinkObject, {
    nullable: true,
    description: 'The reading list discussed (slug and title), if any.',
  })
  readingList!: ResourceLinkObject | null;
  @Field(() => [CommentReportObject], { description: 'Reports awaiting a decision, newest first.' })
  reports!: CommentReportObject[];
  @Field(() => Int) reportCount!: number;
}
