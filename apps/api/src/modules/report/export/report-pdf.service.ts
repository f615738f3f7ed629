import { Injectable } from '@nestjs/common';
import { PdfRendererService } from '../../pdf/pdf-renderer.service';
import type { ReportDocument } from './report-document.service';
import { reportToPrintHtml } from './report-print-html';

/** The activity report (ReportDocumentService) as a PDF, printed by the process's pooled Chromium. */
@Injectable()
export class ReportPdfService {
  constructor(private readonly pdf: PdfRendererService) {}

  async print(document: ReportDocument): Promise<Buffer> {
    // Not cached: the page carries the time it was computed, so two requests rarely print the same HTML.
    // « page X / Y » at the foot of each page: a funder's attachment is printed and stapled.
    return this.pdf.render(reportToPrintHtml(document), { pageNumbers: true });
  }
}
