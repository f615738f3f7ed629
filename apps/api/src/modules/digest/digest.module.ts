import { Module } from '@nestjs/common';
import { FollowingModule } from '../following/following.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DigestResolver } from './digest.resolver';
import { DigestScheduler } from './digest.scheduler';
import { DigestService } from './digest.service';

@Module({
  imports: [FollowingModule, NotificationsModule],
  providers: [DigestService, DigestScheduler, DigestResolver],
  exports: [DigestService],
})
export class DigestModule {}
