import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { RequestWithActor } from '../../../common/auth/actor';
import { RestErrorFilter } from '../../../common/errors/rest-error.filter';
import { RateLimiter } from '../../../security/rate-limits';
import { ReportPdfService } from './report-pdf.service';

/**
 * `/rapport/export.pdf?du=…&au=…[&theme=…&structure=…&public=…&qpv=1]` (coordinators and admins, the page's own
 * address parameters) or `/rapport/export.pdf?partage=<token>` (a share link's report). Errors answer with their status
 * in plain text: 403 for a member, 404 for an unknown or revoked link, 400 for a bad period, 503 without Chromium or
 * when too many PDFs are printing (Retry-After), 429 past the PDFs per address.
 */
@Controller('rapport')
@UseFilters(new RestErrorFilter('text'))
export class ReportExportController {
  constructor(
    private readonly pdfs: ReportPdfService,
    private readonly limiter: RateLimiter,
  ) {}

  @Get('export.pdf')
  async pdf(@Query() query: Record<string, unknown>, @Req() req: RequestWithActor, @Res() res: Response) {
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : null);
    await this.limiter.hit('pdfExportsPerAddress', req.ip ?? 'unknown');
    const token = text('partage');
    const { pdf, fileName } =
      token !== null
        ? await this.pdfs.forShareLink(token)
        : await this.pdfs.forReader(req.actor ?? null, {
            from: text('du'),
            to: text('au'),
            filters: {
              themeSlug: text('theme'),
              organisationSlug: text('structure'),
              audienceSlug: text('public'),
              priorityNeighbourhood: text('qpv') === '1',
            },
          });
    // The name is made of checked dates only (validateReportPeriod): nothing else reaches the header.
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.type('application/pdf').send(pdf);
  }
}
