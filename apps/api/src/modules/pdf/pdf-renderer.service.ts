import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type * as Playwright from 'playwright-core';
import type { Browser } from 'playwright-core';
import { loadOnDemand } from '../../common/load-on-demand';
import { ServiceUnavailableError } from '../../common/errors/domain-errors';
import { PDF_CONFIG, type PdfConfig, pdfExportAvailable } from '../../config/pdf.config';
import { PageSlots, SlotsBusyError } from './page-slots';
import { PdfCache } from './pdf-cache';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RETRY_AFTER_SECONDS = 10;

/**
 * HTML → PDF with the system's Chromium (CHROMIUM_PATH, /usr/bin/chromium by default): one browser per process,
 * launched on first use and again if it dies, at most PDF_MAX_PAGES pages at once; requests beyond wait in a bounded
 * queue, and past it get a 503 with Retry-After instead of exhausting the server.
 */
/** How a document is printed: `pageNumbers` writes « page X / Y » at the foot of each page. */
export interface PrintOptions {
  pageNumbers?: boolean;
}

const PAGE_FOOTER =
  '<div style="width:100%;font:8pt Arial,sans-serif;color:#444;text-align:center">' +
  'page <span class="pageNumber"></span> / <span class="totalPages"></span></div>';

@Injectable()
export class PdfRendererService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Pdf');
  private readonly slots: PageSlots;
  private readonly cache: PdfCache;
  private browser?: Promise<Browser>;
  /** PDFs Chromium has made in this process (cache hits excluded). */
  renders = 0;

  constructor(@Inject(PDF_CONFIG) private readonly config: PdfConfig) {
    this.slots = new PageSlots(config.maxPages, config.queueMax, config.queueWaitMs);
    this.cache = new PdfCache(config.cacheMaxEntries, config.cacheMaxBytes);
  }

  /** Whether this process can make PDFs at all (Chromium where CHROMIUM_PATH says). */
  get available(): boolean {
    return pdfExportAvailable(this.config);
  }

  onApplicationBootstrap(): void {
    if (!this.available) {
      this.logger.warn(
        `Export PDF indisponible : Chromium introuvable à ${this.config.chromiumPath} (CHROMIUM_PATH) ; installez le paquet Debian « chromium » ou réglez CHROMIUM_PATH`,
      );
    }
  }

  /** Like render, but the same HTML is printed once: later requests get the cached bytes (see PdfCache). */
  async renderCached(html: string): Promise<Buffer> {
    const key = PdfCache.keyOf(html);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const pdf = await this.render(html);
    this.cache.set(key, pdf);
    return pdf;
  }

  /** Pages rendering now, waiting, and the most seen at once. */
  get load(): { rendering: number; waiting: number; peak: number } {
    return { rendering: this.slots.inUse, waiting: this.slots.queued, peak: this.slots.peak };
  }

  async render(html: string, options: PrintOptions = {}): Promise<Buffer> {
    const executablePath = this.config.chromiumPath;
    if (!this.available) {
      throw new ServiceUnavailableError('unavailable.pdfChromium', { path: executablePath });
    }
    try {
      return await this.slots.run(() => this.print(html, options));
    } catch (error) {
      if (!(error instanceof SlotsBusyError)) throw error;
      throw new ServiceUnavailableError('unavailable.pdfBusy', {}, RETRY_AFTER_SECONDS);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    await browser?.close().catch(() => undefined);
  }

  private async print(html: string, { pageNumbers = false }: PrintOptions): Promise<Buffer> {
    const started = Date.now();
    this.renders += 1;
    const context = await (await this.sharedBrowser()).newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      // Offline: the document carries its own styles and needs nothing from the network.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
        printBackground: false,
        // Chromium draws the footer itself, outside the document (its CSP and stylesheet do not apply): the template
        // carries its own style, and an empty header replaces the default one (date and title).
        ...(pageNumbers
          ? { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: PAGE_FOOTER }
          : {}),
      });
      this.logger.log(`PDF de ${pdf.length} octets en ${Date.now() - started} ms`);
      return pdf;
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private sharedBrowser(): Promise<Browser> {
    if (!this.browser) {
      // Loaded on the first PDF, not at start: playwright-core alone is ~0.4 s of every process start (API, CLI, tests).
      const { chromium } = loadOnDemand<typeof Playwright>('playwright-core');
      const launching = chromium.launch({ executablePath: this.config.chromiumPath, args: ARGS });
      this.browser = launching;
      launching.then(
        (browser) =>
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = undefined;
          }),
        () => {
          if (this.browser === launching) this.browser = undefined;
        },
      );
    }
    return this.browser;
  }
}
