import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AUDIENCES } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { REPORT_CONFIG, type ReportConfig } from '../../../config/report.config';
import { PdfRendererService } from '../../pdf/pdf-renderer.service';
import type { ActivityReportInput, ActivityReportObject } from '../dto/report.objects';
import { findFilterNames } from '../report-filter-names-rows';
import { ReportShareLinksService } from '../report-share-links.service';
import { ReportService } from '../report.service';
import { reportToPrintHtml } from './report-print-html';

/** The PDF and the name to save it under (the page's CSV files are named alike). */
export interface ReportPdf {
  pdf: Buffer;
  fileName: string;
}

/**
 * The activity report as a PDF: the same computation as the page (ReportService, with its access check, or the share
 * link's report with small counts suppressed), printed by the process's pooled Chromium.
 */
@Injectable()
export class ReportPdfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportService,
    private readonly shareLinks: ReportShareLinksService,
    private readonly pdf: PdfRendererService,
    @Inject(REPORT_CONFIG) private readonly config: ReportConfig,
  ) {}

  /** For coordinators and admins (FORBIDDEN otherwise); BAD_USER_INPUT for a malformed period. */
  async forReader(actor: Actor | null, input: ActivityReportInput): Promise<ReportPdf> {
    return this.print(await this.reports.report(actor, input));
  }

  /** For anyone holding a live share link (NOT_FOUND otherwise). */
  async forShareLink(token: string): Promise<ReportPdf> {
    return this.print(await this.shareLinks.sharedReport(token));
  }

  private async print(report: ActivityReportObject): Promise<ReportPdf> {
    const { filters } = report;
    const names = await findFilterNames(this.dataSource.manager, filters);
    const audience = AUDIENCES.find((candidate) => candidate.slug === filters.audienceSlug)?.label;
    const lines = [
      filters.themeSlug ? `Thème\u00a0: ${names.theme ?? filters.themeSlug}` : null,
      filters.organisationSlug ? `Structure\u00a0: ${names.organisation ?? filters.organisationSlug}` : null,
      filters.audienceSlug ? `Public\u00a0: ${audience ?? filters.audienceSlug}` : null,
      filters.priorityNeighbourhood ? 'Structures en quartier prioritaire seulement' : null,
    ].filter((line): line is string => line !== null);
    const html = reportToPrintHtml({ report, networkName: this.config.networkName, filters: lines });
    // Not cached: the page carries the time it was computed, so two requests rarely print the same HTML.
    return { pdf: await this.pdf.render(html), fileName: `rapport-${report.period.from}-${report.period.to}.pdf` };
  }
}
