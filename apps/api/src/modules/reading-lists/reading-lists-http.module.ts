import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { PdfRendererService } from './export/pdf-renderer.service';
import { ReadingListExportController } from './export/reading-list-export.controller';
import { ReadingListsModule } from './reading-lists.module';

/** The HTTP side of reading lists (print page and exports), mounted by the server only. */
@Module({
  imports: [ReadingListsModule, EventsModule],
  controllers: [ReadingListExportController],
  providers: [PdfRendererService],
})
export class ReadingListsHttpModule {}
