import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { PdfModule } from '../pdf/pdf.module';
import { ReadingListExportController } from './export/reading-list-export.controller';
import { ReadingListsModule } from './reading-lists.module';

/** The HTTP side of reading lists (print page and exports), mounted by the server only. */
@Module({
  imports: [ReadingListsModule, EventsModule, PdfModule],
  controllers: [ReadingListExportController],
})
export class ReadingListsHttpModule {}
