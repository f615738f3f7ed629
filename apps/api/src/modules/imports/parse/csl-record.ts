import { isPersonalName, type AuthorKindChoice } from '@culture-commune/shared';
import { ImportedRecord, checkRecord, emptyFields } from './imported-record';
import { guessLanguage, guessTypeFormat, splitList } from './vocabulary-guess';

type CslName = { literal?: string; given?: string; family?: string; 'non-dropping-particle'?: string };

/** The CSL-JSON fields we read (Zotero's and citation-js's output); everything else is ignored. */
export interface CslInput {
  type?: string;
  genre?: string;
  title?: string;
  abstract?: string;
  note?: string;
  author?: CslName[];
  publisher?: string;
  'container-title'?: string;
  issued?: { 'date-parts'?: (number | string)[][]; raw?: string; literal?: string };
  URL?: string;
  DOI?: string;
  language?: string;
  keyword?: string | string[];
}

const oneLine = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

function personName(name: CslName): string {
  if (name.literal) return oneLine(name.literal);
  return oneLine([name.given, name['non-dropping-particle'], name.family].filter(Boolean).join(' '));
}

/**
 * What the file says an author is, where our guess would say otherwise (decision 0027): a name in parts is a person's,
 * a name in one piece (CSL `literal`, a braced BibTeX name, an RIS name without a comma) an organisation's.
 */
function authorKinds(names: CslName[]): AuthorKindChoice[] {
  return names.flatMap((name) => {
    const full = personName(name);
    const inParts = Boolean(name.given && name.family);
    if (!full || inParts === isPersonalName(full)) return [];
    return [{ name: full, kind: inParts ? 'person' : 'organisation' }];
  });
}

function year(issued: CslInput['issued']): number | null {
  const part = issued?.['date-parts']?.[0]?.[0];
  const fromParts = typeof part === 'number' ? part : Number.parseInt(String(part ?? ''), 10);
  if (Number.isInteger(fromParts)) return fromParts;
  const fromText = /\b(\d{4})\b/.exec(issued?.raw ?? issued?.literal ?? '');
  return fromText ? Number(fromText[1]) : null;
}

function url(item: CslInput): string | null {
  if (oneLine(item.URL)) return oneLine(item.URL);
  const doi = oneLine(item.DOI).replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  return doi ? `https://doi.org/${doi}` : null;
}

/** A CSL-JSON item → our fields: summary from the abstract (else the note), keywords → tags, type from the CSL type. */
export function cslToRecord(item: CslInput): ImportedRecord {
  const { type, format } = guessTypeFormat(item.type, item.genre);
  const names = Array.isArray(item.author) ? item.author : [];
  const kinds = authorKinds(names);
  return checkRecord({
    ...emptyFields(),
    type,
    format,
    title: oneLine(item.title),
    summary: (typeof item.abstract === 'string' && item.abstract.trim()) || oneLine(item.note),
    authors: names.map(personName).filter(Boolean),
    ...(kinds.length > 0 ? { authorKinds: kinds } : {}),
    // Our exports name an article's journal and a web page's site as the container (Zotero's own CSL does too).
    publisher: oneLine(item.publisher) || oneLine(item['container-title']) || null,
    year: year(item.issued),
    url: url(item),
    language: guessLanguage(item.language),
    tags: splitList(item.keyword),
  });
}
