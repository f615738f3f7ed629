import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { RequestWithActor } from '../../../common/auth/actor';
import { RestErrorFilter } from '../../../common/errors/rest-error.filter';
import { RateLimiter } from '../../../security/rate-limits';
import { ODS_MEDIA_TYPE } from './ods/ods-file';
import { ReportDocumentService, type ReportDocument } from './report-document.service';
import { reportToOds } from './report-ods';
import { ReportPdfService } from './report-pdf.service';

/**
 * `/rapport/export.pdf` and `/rapport/export.ods`, each `?du=…&au=…[&theme=…&structure=…&public=…&qpv=1]`
 * (coordinators and admins, the page's own address parameters) or `?partage=<token>` (a share link's report). Errors
 * answer with their status in plain text: 401 signed out, 403 for a member, 404 for an unknown or revoked link, 400 for
 * a bad period; 429 past the exports per address (Retry-After); for the PDF, 503 without Chromium or when too many PDFs
 * are printing (Retry-After).
 */
@Controller('rapport')
@UseFilters(new RestErrorFilter('text'))
export class ReportExportController {
  constructor(
    private readonly documents: ReportDocumentService,
    private readonly pdfs: ReportPdfService,
    private readonly limiter: RateLimiter,
  ) {}

  @Get('export.pdf')
  async pdf(@Query() query: Record<string, unknown>, @Req() req: RequestWithActor, @Res() res: Response) {
    await this.limiter.hit('pdfExportsPerAddress', req.ip ?? 'unknown');
    const document = await this.document(query, req);
    send(res, document, 'pdf', 'application/pdf', await this.pdfs.print(document));
  }

  /** No Chromium, but the whole report computed again: limited per address like the PDFs, on a budget of its own. */
  @Get('export.ods')
  async ods(@Query() query: Record<string, unknown>, @Req() req: RequestWithActor, @Res() res: Response) {
    await this.limiter.hit('reportExportsPerAddress', req.ip ?? 'unknown');
    const document = await this.document(query, req);
    send(res, document, 'ods', ODS_MEDIA_TYPE, Buffer.from(reportToOds(document)));
  }

  private document(query: Record<string, unknown>, req: RequestWithActor): Promise<ReportDocument> {
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : null);
    const token = text('partage');
    if (token !== null) return this.documents.forShareLink(token);
    return this.documents.forReader(req.actor ?? null, {
      from: text('du'),
      to: text('au'),
      filters: {
        themeSlug: text('theme'),
        organisationSlug: text('structure'),
        audienceSlug: text('public'),
        priorityNeighbourhood: text('qpv') === '1',
      },
    });
  }
}

function send(res: Response, { report }: ReportDocument, extension: string, type: string, body: Buffer): void {
  // The name is made of checked dates only (validateReportPeriod): nothing else reaches the header.
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="rapport-${report.period.from}-${report.period.to}.${extension}"`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
  res.type(type).send(body);
}
