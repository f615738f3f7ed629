import { normaliseUrl, titleKey } from '@culture-commune/shared';
import type { PreviewRow } from './import-rows';
import type { ImportedRecord } from './parse/imported-record';

export interface KnownResource {
  slug: string;
  title: string;
  url: string | null;
}

/** Finds a known resource or an earlier row by normalised URL, then by title key. */
export class DuplicateFinder {
  private readonly byUrl = new Map<string, KnownResource>();
  private readonly byTitle = new Map<string, KnownResource>();
  private readonly rowByUrl = new Map<string, number>();
  private readonly rowByTitle = new Map<string, number>();

  constructor(known: KnownResource[]) {
    for (const resource of known) {
      const url = resource.url ? normaliseUrl(resource.url) : null;
      if (url && !this.byUrl.has(url)) this.byUrl.set(url, resource);
      const title = titleKey(resource.title);
      if (title && !this.byTitle.has(title)) this.byTitle.set(title, resource);
    }
  }

  private static keys(fields: { url?: string | null; title: string }) {
    return { url: fields.url ? normaliseUrl(fields.url) : null, title: titleKey(fields.title) };
  }

  existing(fields: { url?: string | null; title: string }): KnownResource | null {
    const { url, title } = DuplicateFinder.keys(fields);
    return (url && this.byUrl.get(url)) || (title && this.byTitle.get(title)) || null;
  }

  earlierRow(fields: { url?: string | null; title: string }): number | null {
    const { url, title } = DuplicateFinder.keys(fields);
    return (url && this.rowByUrl.get(url)) || (title && this.rowByTitle.get(title)) || null;
  }

  /** Remembers a row of the file (the first of several equal rows is the one the others repeat). */
  addRow(n: number, fields: { url?: string | null; title: string }): void {
    const { url, title } = DuplicateFinder.keys(fields);
    if (url && !this.rowByUrl.has(url)) this.rowByUrl.set(url, n);
    if (title && !this.rowByTitle.has(title)) this.rowByTitle.set(title, n);
  }

  /** Remembers a resource just created, so that later rows see it as existing. */
  addResource(resource: KnownResource): void {
    const { url, title } = DuplicateFinder.keys(resource);
    if (url && !this.byUrl.has(url)) this.byUrl.set(url, resource);
    if (title && !this.byTitle.has(title)) this.byTitle.set(title, resource);
  }
}

/** The preview: each record with what is wrong with it and what it probably repeats. */
export function buildPreview(records: ImportedRecord[], known: KnownResource[]): PreviewRow[] {
  const finder = new DuplicateFinder(known);
  return records.map((record, index) => {
    const n = index + 1;
    const readable = !record.issues.some((issue) => issue.rule === 'unreadable');
    const existing = readable ? finder.existing(record.fields) : null;
    const earlier = readable ? finder.earlierRow(record.fields) : null;
    if (readable) finder.addRow(n, record.fields);
    return {
      n,
      fields: record.fields,
      issues: record.issues,
      duplicateOf: existing ? { slug: existing.slug, title: existing.title } : null,
      duplicateOfRow: earlier,
    };
  });
}
