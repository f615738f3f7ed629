import { FORMAT_LABELS } from '@culture-commune/shared';
import { ItemAvailability, ReadingListResourceObject } from '../dto/reading-list.objects';
import { itemsToBiblatex } from './biblatex';
import { CslName, cslName } from './citation-names';
import { CitationType, citationType } from './citation-types';
import { keywordText } from './export-detail-rows';
import { ListDocument } from './list-document';
import { itemsToRis } from './ris';

type DateParts = { 'date-parts': number[][] };

export interface CslItem {
  id: string;
  type: string;
  /** Our format's label (« Guide », « Fiche d’activité »): with it an import of this file gives back type and format. */
  genre: string;
  title: string;
  author: CslName[];
  issued?: DateParts;
  /** When it was shared in the library, for web pages (Zotero's « Accessed »). */
  accessed?: DateParts;
  URL: string;
  abstract: string;
  publisher?: string;
  /** The journal or site of an article or web page (Zotero's publication or website title). */
  'container-title'?: string;
  language?: string;
  /** Themes and tags, comma-separated (the CSL-JSON form Zotero reads as tags). */
  keyword?: string;
  note?: string;
  /** Not CSL: the same reading's RIS and BibLaTeX types, dropped from the CSL-JSON file. */
  citation: CitationType;
}

/** One line: RIS has one field per line, and BibTeX tools cope badly with line breaks in fields. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const dateParts = (date: Date): DateParts => ({
  'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]],
});

/** The types whose container is the publisher's name: an article's journal or site, a web page's site. */
const CONTAINED = new Set(['article-journal', 'webpage']);

/** The readings the reader may see, as CSL-JSON items (the common ground of RIS, BibTeX and reference managers). */
export function listToCsl({ list, pageUrl, details }: ListDocument): CslItem[] {
  return list.items.flatMap((item) => {
    if (item.availability !== ItemAvailability.AVAILABLE || !item.resource) return [];
    const r: ReadingListResourceObject = item.resource;
    const more = details?.get(r.slug);
    const publisher = more?.publisher ? oneLine(more.publisher) : '';
    const citation = citationType(r.type, r.format, publisher !== '');
    const keywords = (more?.keywords ?? []).map(keywordText).filter(Boolean);
    return [
      {
        id: r.slug,
        type: citation.csl,
        genre: FORMAT_LABELS[r.format]?.fr ?? r.format,
        title: oneLine(r.title),
        author: r.authors.map((name) => cslName(oneLine(name), more?.authorKinds[name])),
        ...(r.year ? { issued: { 'date-parts': [[r.year]] } } : {}),
        ...(more && citation.csl === 'webpage' ? { accessed: dateParts(more.sharedOn) } : {}),
        URL: r.url ?? pageUrl(`/ressources/${r.slug}`),
        abstract: oneLine(r.summary),
        ...(publisher ? { publisher } : {}),
        ...(publisher && CONTAINED.has(citation.csl) ? { 'container-title': publisher } : {}),
        ...(more && more.language !== 'other' ? { language: more.language } : {}),
        ...(keywords.length ? { keyword: keywords.join(', ') } : {}),
        ...(item.note ? { note: oneLine(item.note) } : {}),
        citation,
      },
    ];
  });
}

/** BibLaTeX (what biber and Zotero read): unlike classic BibTeX it keeps the abstract, so an import gets the summary. */
export function listToBibtex(document: ListDocument): string {
  return itemsToBiblatex(listToCsl(document));
}

export function listToRis(document: ListDocument): string {
  return itemsToRis(listToCsl(document));
}

export function listToCslJson(document: ListDocument): string {
  return JSON.stringify(
    listToCsl(document).map(({ citation: _citation, ...item }) => item),
    null,
    2,
  );
}
