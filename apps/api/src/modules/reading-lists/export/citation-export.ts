import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { ItemAvailability, ReadingListResourceObject } from '../dto/reading-list.objects';
import { ListDocument } from './list-document';

// UTF-8 BibTeX (biber, modern BibTeX): titles keep their accents instead of LaTeX escapes.
plugins.config.get('@bibtex').format.asciiOnly = false;

const CSL_TYPES: Record<string, string> = { lecture: 'article', formation: 'webpage', outil: 'webpage' };
const CSL_TYPES_BY_FORMAT: Record<string, string> = {
  livre: 'book',
  rapport: 'report',
  article: 'article',
  video: 'motion_picture',
  podcast: 'song',
};

export interface CslItem {
  id: string;
  type: string;
  /** Our format (livre, diaporama…): with it an import of this file gives back the type and format. */
  genre: string;
  title: string;
  author: { literal: string }[];
  issued?: { 'date-parts': number[][] };
  URL: string;
  abstract: string;
  note?: string;
}

/** One line: RIS has one field per line, and BibTeX tools cope badly with line breaks in fields. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The readings the reader may see, as CSL-JSON items (the common ground of RIS, BibTeX and reference managers). */
export function listToCsl({ list, pageUrl }: ListDocument): CslItem[] {
  return list.items.flatMap((item) => {
    if (item.availability !== ItemAvailability.AVAILABLE || !item.resource) return [];
    const r: ReadingListResourceObject = item.resource;
    return [
      {
        id: r.slug,
        type: CSL_TYPES_BY_FORMAT[r.format] ?? CSL_TYPES[r.type] ?? 'document',
        genre: r.format,
        title: oneLine(r.title),
        author: r.authors.map((name) => ({ literal: oneLine(name) })),
        ...(r.year ? { issued: { 'date-parts': [[r.year]] } } : {}),
        URL: r.url ?? pageUrl(`/ressources/${r.slug}`),
        abstract: oneLine(r.summary),
        ...(item.note ? { note: oneLine(item.note) } : {}),
      },
    ];
  });
}

/** BibLaTeX (what biber and Zotero read): unlike classic BibTeX it keeps the abstract, so an import gets the summary. */
export function listToBibtex(document: ListDocument): string {
  return new Cite(listToCsl(document)).format('biblatex', { format: 'text' }) as string;
}

/**
 * Citation.js hard-wraps RIS values at 70 characters, even mid-word, which readers join differently (astrocite fails,
 * others insert spaces). Every value is one line here (oneLine), so continuation lines are joined back as they were.
 * Our format goes in M3 (type of work) when Citation.js leaves it out (web pages), so that an import gets it back.
 */
export function listToRis(document: ListDocument): string {
  const records = listToCsl(document).map((item) => {
    const wrapped = new Cite([item]).format('ris', { format: 'text' }) as string;
    const record = wrapped.replace(/\n(?![A-Z][A-Z0-9] {2}- )/g, '').trimEnd();
    return /^M3 {2}- /m.test(record) ? record : record.replace(/\nER {2}-\s*$/, `\nM3  - ${item.genre}\nER  - `);
  });
  return records.length ? `${records.join('\n')}\n` : '';
}

export function listToCslJson(document: ListDocument): string {
  return JSON.stringify(listToCsl(document), null, 2);
}
