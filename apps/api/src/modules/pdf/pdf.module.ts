import { Module } from '@nestjs/common';
import { PdfRendererService } from './pdf-renderer.service';

/**
 * The one pooled Chromium of this process (HTML → PDF), shared by every export that prints: reading lists, the
 * activity report. Modules import this one so that its page slots, queue and cache stay one per process.
 */
@Module({
  providers: [PdfRendererService],
  exports: [PdfRendererService],
})
export class PdfModule {}
