import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { MemberObject } from '../../organisations/dto/organisation.objects';

@ObjectType('Comment')
export class CommentObject {
  @Field(() => ID) id!: string;
  @Field(() => MemberObject, { nullable: true }) author!: MemberObject | null;
  @Field({ description: 'HTML sanitised on the server (allowlist); empty when deleted or hidden.' }) html!: string;
  @Field({ description: 'The Markdown source, for editing; empty when deleted or hidden.' }) markdown!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field() edited!: boolean;
  @Field() deleted!: boolean;
  @Field() hidden!: boolean;
  @Field() viewerCanEdit!: boolean;
  @Field(() => [CommentObject], { description: 'Replies, one level deep, oldest first.' }) replies!: CommentObject[];
}
