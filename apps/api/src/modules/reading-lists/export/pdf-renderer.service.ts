import { Inject, Injectable, Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ServiceUnavailableError } from '../../../common/errors/domain-errors';
import { PDF_CONFIG, type PdfConfig } from '../../../config/pdf.config';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** HTML → PDF with the system's Chromium (CHROMIUM_PATH, /usr/bin/chromium by default); one short-lived browser per document. */
@Injectable()
export class PdfRendererService {
  private readonly logger = new Logger('Pdf');

  constructor(@Inject(PDF_CONFIG) private readonly config: PdfConfig) {}

  async render(html: string): Promise<Buffer> {
    const executablePath = this.config.chromiumPath;
    if (!existsSync(executablePath)) {
      throw new ServiceUnavailableError(`Le PDF demande Chromium (${executablePath}, variable CHROMIUM_PATH) ; la page imprimable reste disponible.`);
    }
    const started = Date.now();
    const browser = await chromium.launch({ executablePath, args: ARGS });
    try {
      const page = await browser.newPage();
      // Offline: the document carries its own styles and needs nothing from the network.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' }, printBackground: false });
      this.logger.log(`PDF de ${pdf.length} octets en ${Date.now() - started} ms`);
      return pdf;
    } finally {
      await browser.close();
    }
  }
}
