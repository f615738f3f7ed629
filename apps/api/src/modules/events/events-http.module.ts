import { Module } from '@nestjs/common';
import { EventsCalendarController } from './events-calendar.controller';
import { EventsModule } from './events.module';

/** The HTTP side of events (ICS files), mounted by the server only. */
@Module({ imports: [EventsModule], controllers: [EventsCalendarController] })
export class EventsHttpModule {}
