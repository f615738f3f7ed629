import { Module } from '@nestjs/common';
import { PdfModule } from '../pdf/pdf.module';
import { ReportDocumentService } from './export/report-document.service';
import { ReportExportController } from './export/report-export.controller';
import { ReportPdfService } from './export/report-pdf.service';
import { ReportModule } from './report.module';

/** The HTTP side of the activity report (its PDF and ODS), mounted by the server only. */
@Module({
  imports: [ReportModule, PdfModule],
  controllers: [ReportExportController],
  providers: [ReportDocumentService, ReportPdfService],
})
export class ReportHttpModule {}
