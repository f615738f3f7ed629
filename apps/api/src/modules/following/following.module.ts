import { Module } from '@nestjs/common';
import { FollowingResolver } from './following.resolver';
import { FollowsService } from './follows.service';
import { MemberProfilesService } from './member-profiles.service';
import { NewsFeedService } from './news-feed.service';

@Module({
  providers: [FollowingResolver, FollowsService, NewsFeedService, MemberProfilesService],
  exports: [FollowsService, NewsFeedService],
})
export class FollowingModule {}
