import { Module } from '@nestjs/common';
import { MeetingLookup } from './export/meeting-lookup';
import { PdfRendererService } from './export/pdf-renderer.service';
import { ReadingListExportController } from './export/reading-list-export.controller';
import { ReadingListsModule } from './reading-lists.module';

/** The HTTP side of reading lists (print page and exports), mounted by the server only. */
@Module({ imports: [ReadingListsModule], controllers: [ReadingListExportController], providers: [PdfRendererService, MeetingLookup] })
export class ReadingListsHttpModule {}
