import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AUDIENCES } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { REPORT_CONFIG, type ReportConfig } from '../../../config/report.config';
import type { ActivityReportInput, ActivityReportObject } from '../dto/report.objects';
import { findFilterNames } from '../report-filter-names-rows';
import { ReportShareLinksService } from '../report-share-links.service';
import { ReportService } from '../report.service';

/** What an exported report shows besides its figures: whose network, and the filters by name. */
export interface ReportDocument {
  report: ActivityReportObject;
  networkName: string;
  /** « Thème : Jeux vidéo », … — empty without filters. */
  filters: string[];
}

/**
 * The report an export prints (PDF, ODS): the same computation as the page — ReportService with its access check, or
 * the share link's report with small counts suppressed — with the network's name and the filters' names.
 */
@Injectable()
export class ReportDocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportService,
    private readonly shareLinks: ReportShareLinksService,
    @Inject(REPORT_CONFIG) private readonly config: ReportConfig,
  ) {}

  /** For coordinators and admins (FORBIDDEN otherwise); BAD_USER_INPUT for a malformed period. */
  async forReader(actor: Actor | null, input: ActivityReportInput): Promise<ReportDocument> {
    return this.describe(await this.reports.report(actor, input));
  }

  /** For anyone holding a live share link (NOT_FOUND otherwise). */
  async forShareLink(token: string): Promise<ReportDocument> {
    return this.describe(await this.shareLinks.sharedReport(token));
  }

  private async describe(report: ActivityReportObject): Promise<ReportDocument> {
    const { filters } = report;
    const names = await findFilterNames(this.dataSource.manager, filters);
    const audience = AUDIENCES.find((candidate) => candidate.slug === filters.audienceSlug)?.label;
    const lines = [
      filters.themeSlug ? `Thème\u00a0: ${names.theme ?? filters.themeSlug}` : null,
      filters.organisationSlug ? `Structure\u00a0: ${names.organisation ?? filters.organisationSlug}` : null,
      filters.audienceSlug ? `Public\u00a0: ${audience ?? filters.audienceSlug}` : null,
      filters.priorityNeighbourhood ? 'Structures en quartier prioritaire seulement' : null,
    ].filter((line): line is string => line !== null);
    return { report, networkName: this.config.networkName, filters: lines };
  }
}
