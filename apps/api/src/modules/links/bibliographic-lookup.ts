import { Inject, Injectable } from '@nestjs/common';
import type { ResourceType } from '@culture-commune/shared';
import { DomainError, ServiceUnavailableError } from '../../common/errors/domain-errors';
import { LINKS_CONFIG, type LinksConfig } from '../../config/links.config';
import type { LinkPreviewObject } from './dto/link-preview.object';
import { emptyPreview } from './empty-preview';
import { languageOf } from './extract-metadata';

/** Crossref's work types, as the library's kinds. */
const CROSSREF_KINDS: Record<string, { type: ResourceType; format: string }> = {
  'journal-article': { type: 'lecture', format: 'article' },
  'proceedings-article': { type: 'lecture', format: 'article' },
  'posted-content': { type: 'lecture', format: 'article' },
  book: { type: 'lecture', format: 'livre' },
  monograph: { type: 'lecture', format: 'livre' },
  'edited-book': { type: 'lecture', format: 'livre' },
  'book-chapter': { type: 'lecture', format: 'livre' },
  report: { type: 'lecture', format: 'rapport' },
  dissertation: { type: 'lecture', format: 'etude' },
};

type Json = Record<string, unknown>;

/**
 * DOIs and ISBNs looked up in public services (Crossref, Open Library) at operator-configured addresses: trusted
 * configuration, so a plain fetch with the link reader's timeout (decision 0020).
 */
@Injectable()
export class BibliographicLookup {
  constructor(@Inject(LINKS_CONFIG) private readonly config: LinksConfig) {}

  async doi(doi: string): Promise<LinkPreviewObject> {
    const body = await this.getJson('Crossref', `${this.config.doiLookupUrl}${encodeURIComponent(doi)}`);
    const work = body?.message as Json | undefined;
    if (!work) throw new DomainError('notFound.doi', { key: doi });
    const year = (work.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0] ?? null;
    const authors = ((work.author as Json[] | undefined) ?? [])
      .map((author) => (author.name as string) ?? [author.given, author.family].filter(Boolean).join(' '))
      .filter(Boolean);
    const kind = CROSSREF_KINDS[String(work.type)] ?? { type: 'lecture', format: null };
    return {
      ...emptyPreview(`https://doi.org/${doi}`, ''),
      source: 'doi',
      title: first(work.title),
      summary: typeof work.abstract === 'string' ? stripTags(work.abstract) : null,
      authors,
      publisher: first(work['container-title']) ?? (typeof work.publisher === 'string' ? work.publisher : null),
      date: year ? String(year) : null,
      year: typeof year === 'number' ? year : null,
      language: languageOf(typeof work.language === 'string' ? work.language : null),
      ...kind,
    };
  }

  async isbn(isbn: string): Promise<LinkPreviewObject> {
    const url = new URL(this.config.isbnLookupUrl);
    url.searchParams.set('bibkeys', `ISBN:${isbn}`);
    url.searchParams.set('format', 'json');
    url.searchParams.set('jscmd', 'data');
    const body = await this.getJson('Open Library', url.toString());
    const book = body?.[`ISBN:${isbn}`] as Json | undefined;
    if (!book) throw new DomainError('notFound.isbn', { key: isbn });
    const date = typeof book.publish_date === 'string' ? book.publish_date : null;
    const year = date ? /\b(1[5-9]\d\d|20\d\d)\b/.exec(date)?.[1] : undefined;
    const names = (value: unknown) =>
      ((value as Json[] | undefined) ?? []).map((item) => String(item.name ?? '')).filter(Boolean);
    const title = [book.title, book.subtitle].filter((part) => typeof part === 'string' && part).join(' : ');
    return {
      ...emptyPreview(typeof book.url === 'string' ? book.url : `https://openlibrary.org/isbn/${isbn}`, ''),
      source: 'isbn',
      title: title || null,
      authors: names(book.authors),
      publisher: names(book.publishers)[0] ?? null,
      date,
      year: year ? Number(year) : null,
      imageUrl: (book.cover as Json | undefined)?.medium ? String((book.cover as Json).medium) : null,
      type: 'lecture',
      format: 'livre',
    };
  }

  /** The JSON answer, null on 404; a network error, timeout or other status says the service is unavailable. */
  private async getJson(service: string, url: string): Promise<Json | null> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': 'CultureCommune/1.0 (aperçu de lien)' },
        signal: AbortSignal.timeout(this.config.fetchTimeoutMs),
        redirect: 'follow',
      });
    } catch {
      throw new ServiceUnavailableError('unavailable.lookup', { service });
    }
    if (response.status === 404) return null;
    if (!response.ok) throw new ServiceUnavailableError('unavailable.lookup', { service });
    const text = await response.text();
    if (text.length > this.config.fetchMaxBytes) throw new ServiceUnavailableError('unavailable.lookup', { service });
    try {
      return JSON.parse(text) as Json;
    } catch {
      throw new ServiceUnavailableError('unavailable.lookup', { service });
    }
  }
}

function first(value: unknown): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' && text.trim() ? text.trim() : null;
}

/** Crossref abstracts are JATS XML (`<jats:p>…`). */
function stripTags(value: string): string | null {
  return (
    value
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 2000) || null
  );
}
