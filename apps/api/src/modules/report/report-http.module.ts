import { Module } from '@nestjs/common';
import { PdfModule } from '../pdf/pdf.module';
import { ReportExportController } from './export/report-export.controller';
import { ReportPdfService } from './export/report-pdf.service';
import { ReportModule } from './report.module';

/** The HTTP side of the activity report (its PDF), mounted by the server only. */
@Module({
  imports: [ReportModule, PdfModule],
  controllers: [ReportExportController],
  providers: [ReportPdfService],
})
export class ReportHttpModule {}
