import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberObject } from '../../organisations/dto/organisation.objects';

export enum NotificationKind {
  MENTION = 'mention',
  REPLY = 'reply',
  COMMENT_ON_MY_RESOURCE = 'comment_on_resource',
  DEBRIEF_ON_MY_RESOURCE = 'debrief_on_resource',
  RESOURCE_IN_FOLLOWED_THEME = 'resource_in_theme',
  COMMENT_ON_MY_LIST = 'comment_on_list',
  LINK_BROKEN = 'link_broken',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('ResourceLink', { description: 'Enough of a resource to name it and link to it.' })
export class ResourceLinkObject {
  @Field() slug!: string;
  @Field() title!: string;
}

@ObjectType('ThemeLink')
export class ThemeLinkObject {
  @Field() slug!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true }) labelEn!: string | null;
}

@ObjectType('Notification')
export class NotificationObject {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field() read!: boolean;
  @Field(() => MemberObject, { nullable: true, description: 'Who commented, replied, mentioned or published.' })
  actor!: MemberObject | null;
  @Field(() => ResourceLinkObject, {
    nullable: true,
    description: 'The resource concerned (null when it is about a reading list).',
  })
  resource!: ResourceLinkObject | null;
  @Field(() => ResourceLinkObject, {
    nullable: true,
    description: 'The reading list concerned (slug and title), if any.',
  })
  readingList!: ResourceLinkObject | null;
  @Field(() => ThemeLinkObject, { nullable: true, description: 'The followed theme, for new resources.' })
  theme!: ThemeLinkObject | null;
  @Field(() => ID, { nullable: true, description: 'The comment concerned, to link to it on the resource page.' })
  commentId!: string | null;
  @Field(() => String, { nullable: true, description: 'The start of the comment or debrief, as plain text.' })
  excerpt!: string | null;
}

@ObjectType('NotificationPage')
export class NotificationPageObject {
  @Field(() => [NotificationObject]) items!: NotificationObject[];
  @Field(() => Int) unreadCount!: number;
  @Field({ description: 'More, older notifications exist: ask again with `after` = endCursor.' }) hasMore!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}
