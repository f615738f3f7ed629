import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ResourcesModule } from '../resources/resources.module';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { ModerationService } from './moderation.service';

@Module({ imports: [ResourcesModule, NotificationsModule], providers: [CommentsResolver, CommentsService, ModerationService] })
export class CommentsModule {}
