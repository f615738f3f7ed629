import { Module } from '@nestjs/common';
import { ThemeFeedController } from './theme-feed.controller';
import { ThemeFeedService } from './theme-feed.service';

@Module({ controllers: [ThemeFeedController], providers: [ThemeFeedService] })
export class FeedsModule {}
