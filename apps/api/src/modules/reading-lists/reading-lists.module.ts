import { Module } from '@nestjs/common';
import { ResourcesModule } from '../resources/resources.module';
import { ReadingListItemsService } from './reading-list-items.service';
import { ReadingListRemindersService } from './reading-list-reminders.service';
import { ReadingListViewService } from './reading-list-view.service';
import { ReadingListsResolver } from './reading-lists.resolver';
import { ReadingListsService } from './reading-lists.service';
import { ReadingListIndexDefinition } from './search/reading-list-index.definition';

@Module({
  imports: [ResourcesModule],
  providers: [
    ReadingListIndexDefinition,
    ReadingListsService,
    ReadingListItemsService,
    ReadingListViewService,
    ReadingListRemindersService,
    ReadingListsResolver,
  ],
  exports: [ReadingListsService, ReadingListViewService],
})
export class ReadingListsModule {}
