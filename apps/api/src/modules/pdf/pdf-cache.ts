import { createHash } from 'node:crypto';

/**
 * PDF bytes by the SHA-256 of the print HTML they were made from, least recently used first out, bounded both in
 * entries and in bytes. Keyed by the HTML rather than by the list's version: the document depends on the reader too
 * (a share-link reader does not see a network-only meeting, hidden items…), and the HTML is exactly what the PDF shows,
 * so equal HTML means equal PDF and any change to what is shown (list, items, resources' titles, meeting) is a miss.
 * Per process: it only saves Chromium's work; every replica would make the same bytes.
 */
export class PdfCache {
  private readonly entries = new Map<string, Buffer>();
  private totalBytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  static keyOf(html: string): string {
    return createHash('sha256').update(html).digest('hex');
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  get(key: string): Buffer | undefined {
    const pdf = this.entries.get(key);
    if (pdf) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, pdf);
    }
    return pdf;
  }

  set(key: string, pdf: Buffer): void {
    this.delete(key);
    if (this.maxEntries <= 0 || pdf.length > this.maxBytes) return;
    this.entries.set(key, pdf);
    this.totalBytes += pdf.length;
    while (this.entries.size > this.maxEntries || this.totalBytes > this.maxBytes) {
      this.delete(this.entries.keys().next().value as string);
    }
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.totalBytes -= old.length;
  }
}
