import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { RequestWithActor } from '../../../common/auth/actor';
import { Clock } from '../../../common/clock';
import { DomainError } from '../../../common/errors/domain-errors';
import { RestErrorFilter } from '../../../common/errors/rest-error.filter';
import { HTTP_CONFIG, type HttpConfig } from '../../../config/http.config';
import { RateLimiter } from '../../../security/rate-limits';
import { EventsService } from '../../events/events.service';
import { ReadingListViewService } from '../reading-list-view.service';
import { listToBibtex, listToCslJson, listToRis } from './citation-export';
import { listToCsv } from './csv-export';
import { ListDocument } from './list-document';
import { listToMarkdown } from './markdown-export';
import { PdfRendererService } from '../../pdf/pdf-renderer.service';
import { listToPrintHtml } from './print-html';

/** What a download asks besides the list: `?separateur=virgule` for a CSV with commas (`;` by default, French Excel). */
interface ExportOptions {
  separator: string | undefined;
}

const FORMATS: Record<string, { type: string; render: (document: ListDocument, options: ExportOptions) => string }> = {
  md: { type: 'text/markdown; charset=utf-8', render: listToMarkdown },
  csv: {
    type: 'text/csv; charset=utf-8',
    render: (document, { separator }) => listToCsv(document, separator === 'virgule' ? ',' : ';'),
  },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', render: listToRis },
  bib: { type: 'application/x-bibtex; charset=utf-8', render: listToBibtex },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: listToCslJson },
};

/**
 * Exports of a reading list, for whoever may read it (session cookie, or `?partage=` with the share link's token):
 * /listes/<slug>/impression (print-friendly page), /listes/<slug>/export.{pdf,md,csv,ris,bib,json}.
 * Errors answer with their status (a list the reader may not see is 404, as if it did not exist) in plain text,
 * or as a page for the print view; a PDF that cannot be made now is 503, with Retry-After when waiting helps.
 */
@Controller('listes')
@UseFilters(new RestErrorFilter('text'))
export class ReadingListExportController {
  constructor(
    private readonly views: ReadingListViewService,
    private readonly pdf: PdfRendererService,
    private readonly events: EventsService,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
  ) {}

  @Get(':slug/impression')
  @UseFilters(new RestErrorFilter('html'))
  async print(
    @Param('slug') slug: string,
    @Query('partage') token: string | undefined,
    @Req() req: RequestWithActor,
    @Res() res: Response,
  ) {
    const document = await this.document(slug, token, req);
    // No script on this page; its own inline stylesheet is the only thing it needs.
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    res.type('html').send(listToPrintHtml(document));
  }

  @Get(':slug/:file')
  async export(
    @Param('slug') slug: string,
    @Param('file') file: string,
    @Query('partage') token: string | undefined,
    @Query('separateur') separator: string | undefined,
    @Req() req: RequestWithActor,
    @Res() res: Response,
  ) {
    const extension = /^export\.([a-z]+)$/.exec(file)?.[1] ?? '';
    if (extension !== 'pdf' && !FORMATS[extension]) throw new DomainError('notFound.exportFormat');
    // TOO_MANY_REQUESTS reaches the filter: 429 with Retry-After.
    if (extension === 'pdf') await this.limiter.hit('pdfExportsPerAddress', req.ip ?? 'unknown');
    const document = await this.document(slug, token, req);
    res.setHeader('Content-Disposition', `attachment; filename="${document.list.slug}.${extension}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    if (extension === 'pdf') {
      // SERVICE_UNAVAILABLE (no Chromium, too many PDFs at once) reaches the filter: 503, without these headers.
      // Cached by the HTML's hash: the same document for the same kind of reader is printed once.
      const pdf = await this.pdf.renderCached(listToPrintHtml(document));
      res.type('application/pdf').send(pdf);
      return;
    }
    res.setHeader('Content-Type', FORMATS[extension].type);
    res.send(FORMATS[extension].render(document, { separator }));
  }

  private async document(slug: string, token: string | undefined, req: RequestWithActor): Promise<ListDocument> {
    const actor = req.actor ?? null;
    const list = await this.views.view(slug, actor, token ?? null);
    const base = this.http.publicUrl.replace(/\/$/, '');
    const [meeting, details] = await Promise.all([this.meetingOf(actor, list.id), this.views.exportDetails(list)]);
    return { list, pageUrl: (path) => `${base}${path}`, meeting, details };
  }

  /** The meeting the list prepares, among those the reader may see: the next one, else the latest past one. */
  private async meetingOf(actor: RequestWithActor['actor'], listId: string): Promise<ListDocument['meeting']> {
    const meetings = await this.events.meetingsOf(actor ?? null, listId);
    const now = this.clock.now().getTime();
    const chosen = meetings.find((meeting) => meeting.starts_at.getTime() >= now) ?? meetings.at(-1);
    return chosen
      ? { title: chosen.title, startsAt: chosen.starts_at, place: chosen.place, timeZone: chosen.time_zone }
      : null;
  }
}
