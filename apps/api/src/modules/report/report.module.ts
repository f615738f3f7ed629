import { Module } from '@nestjs/common';
import { ReportResolver } from './report.resolver';
import { ReportShareLinksService } from './report-share-links.service';
import { ReportService } from './report.service';

@Module({
  providers: [ReportResolver, ReportService, ReportShareLinksService],
  exports: [ReportService, ReportShareLinksService],
})
export class ReportModule {}
