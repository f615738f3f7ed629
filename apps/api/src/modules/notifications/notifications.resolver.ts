import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { decodeCursor } from '../../common/graphql/cursor';
import { NotificationKind, NotificationObject, NotificationPageObject } from './dto/notification.objects';
import type { NotificationRow } from './notification-rows';
import { NotificationsService } from './notifications.service';
import { memberRef } from '../organisations/dto/organisation.objects';

@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  private present(row: NotificationRow): NotificationObject {
    return {
      id: row.id,
      kind: row.kind as NotificationKind,
      createdAt: row.created_at,
      read: row.read_at !== null,
      actor: memberRef(row.actor_id, row.actor_slug, row.actor_name),
      resource: row.resource_slug ? { slug: row.resource_slug, title: row.resource_title! } : null,
      readingList: row.list_slug ? { slug: row.list_slug, title: row.list_title! } : null,
      theme: row.theme_slug ? { slug: row.theme_slug, label: row.theme_label!, labelEn: row.theme_label_en } : null,
      commentId: row.comment_id,
      excerpt: this.service.excerpt(row),
    };
  }

  @Query(() => NotificationPageObject, { description: 'The signed-in person’s notifications, newest first.' })
  async notifications(
    @Args('first', { type: () => Int, defaultValue: 30 }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<NotificationPageObject> {
    const [{ rows, hasMore, endCursor }, unreadCount] = await Promise.all([
      this.service.list(actor, first, decodeCursor(after)),
      this.service.unreadCount(actor),
    ]);
    return { items: rows.map((row) => this.present(row)), unreadCount, hasMore, endCursor };
  }

  @Query(() => Int, { description: 'How many notifications the signed-in person has not read (0 for visitors).' })
  unreadNotificationCount(@CurrentActor() actor: Actor | null): Promise<number> {
    return actor ? this.service.unreadCount(actor) : Promise.resolve(0);
  }

  @Mutation(() => Int, {
    description: 'Marks these notifications read (all of them without `ids`); returns the unread count left.',
  })
  markNotificationsRead(
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<number> {
    return this.service.markRead(actor, ids ?? null);
  }
}
