import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReadingListsModule } from '../reading-lists/reading-lists.module';
import { ResourcesModule } from '../resources/resources.module';
import { CommentsResolver } from './comments.resolver';
import { ReadingListCommentsResolver } from './reading-list-comments.resolver';
import { CommentsService } from './comments.service';
import { ModerationService } from './moderation.service';

@Module({
  imports: [ResourcesModule, NotificationsModule, ReadingListsModule],
  providers: [CommentsResolver, ReadingListCommentsResolver, CommentsService, ModerationService],
})
export class CommentsModule {}
