import { Module } from '@nestjs/common';
import { ReadingListsModule } from '../reading-lists/reading-lists.module';
import { EventsResolver, ReadingListEventsResolver, ResourceEventsResolver } from './events.resolver';
import { EventsService } from './events.service';
import { EventIndexDefinition } from './search/event-index.definition';

@Module({
  imports: [ReadingListsModule],
  providers: [EventIndexDefinition, EventsService, EventsResolver, ResourceEventsResolver, ReadingListEventsResolver],
  exports: [EventsService],
})
export class EventsModule {}
