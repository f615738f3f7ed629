import { existsSync } from 'node:fs';
import { Env, readInt } from './config-error';

export interface PdfConfig {
  /** Chromium that prints reading lists and the activity report to PDF (Debian's package by default). */
  chromiumPath: string;
  /** Pages rendering at once in this process's one browser. */
  maxPages: number;
  /** Requests that may wait for a page; past that, 503 with Retry-After. */
  queueMax: number;
  /** How long a request may wait for a page before a 503 (ms). */
  queueWaitMs: number;
  /** PDFs kept in this process's cache (by the print HTML's hash); 0 turns the cache off. */
  cacheMaxEntries: number;
  /** Bytes the cache may hold, all PDFs together. */
  cacheMaxBytes: number;
}

export const PDF_CONFIG = Symbol('PDF_CONFIG');

export function loadPdfConfig(env: Env = process.env): PdfConfig {
  return {
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
    maxPages: readInt(env, 'PDF_MAX_PAGES', 2, 1, 32),
    queueMax: readInt(env, 'PDF_QUEUE_MAX', 10, 0, 1000),
    queueWaitMs: readInt(env, 'PDF_QUEUE_WAIT_MS', 20_000, 100, 300_000),
    cacheMaxEntries: readInt(env, 'PDF_CACHE_MAX_ENTRIES', 50, 0, 10_000),
    cacheMaxBytes: readInt(env, 'PDF_CACHE_MAX_MB', 50, 0, 4096) * 1024 * 1024,
  };
}

/** Whether PDFs can be made here: Chromium where CHROMIUM_PATH says. */
export function pdfExportAvailable(config: PdfConfig): boolean {
  return existsSync(config.chromiumPath);
}
