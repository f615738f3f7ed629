import { Env } from './config-error';

export interface PdfConfig {
  /** Chromium that prints reading lists to PDF (Debian's package by default). */
  chromiumPath: string;
}

export const PDF_CONFIG = Symbol('PDF_CONFIG');

export function loadPdfConfig(env: Env = process.env): PdfConfig {
  return { chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium' };
}
