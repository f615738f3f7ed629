import { foldAccents } from '@culture-commune/shared';
import type { CslItem } from './citation-export';
import { invertedName } from './citation-names';

/** LaTeX's special characters, written so that they print as themselves and never open or close a field. */
const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function latexText(text: string): string {
  return text.replace(/[\\{}%&#_$~^]/g, (char) => LATEX[char]);
}

/** Words a key skips: « Le guide des écrans » is keyed by « guide ». */
const LEADING_WORDS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'the', 'a', 'an']);

const keyPart = (text: string) =>
  foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');

/**
 * Readable citation keys, unique within the file: first author's family name (the last word of the name), year, first
 * significant word of the title — `tisseron2013_369` — with `b`, `c`… when two readings would share one (issue 13,
 * item 4: BibTeX keeps only one entry per key).
 */
export function citationKeys(items: Pick<CslItem, 'author' | 'issued' | 'title'>[]): string[] {
  const used = new Set<string>();
  return items.map((item) => {
    const first = item.author[0];
    const author =
      (first && 'family' in first ? keyPart(first.family).join('') : keyPart(first?.literal ?? '').at(-1)) || 'anonyme';
    const year = item.issued?.['date-parts'][0]?.[0] ?? '';
    const word = keyPart(item.title).find((w) => w && !LEADING_WORDS.has(w)) ?? 'sans-titre';
    const base = `${author}${year}_${word}`;
    let key = base;
    for (let n = 1; used.has(key); n += 1) key = `${base}${String.fromCharCode(97 + n)}`;
    used.add(key);
    return key;
  });
}

/** BibLaTeX's `langid` (babel's names), which Citation.js and biber read back. */
const LANGIDS: Record<string, string> = {
  fr: 'french',
  en: 'english',
  de: 'german',
  es: 'spanish',
  it: 'italian',
  ar: 'arabic',
  pt: 'portuguese',
};

/** An author for BibTeX: « Tisseron, Serge », an organisation in braces (« {Radio France} ») so it is never split. */
const bibName = (name: CslItem['author'][number]) =>
  'literal' in name ? `{${latexText(name.literal)}}` : latexText(invertedName(name));

/** Words with a capital inside (« TikTok », « PEGI ») keep their case in styles that lower titles. */
const protectCase = (text: string) => text.replace(/[\p{L}\p{N}]*\p{L}\p{Lu}[\p{L}\p{N}]*/gu, (word) => `{${word}}`);

/** A URL in a verbatim field: only braces and backslashes could unbalance it, so they are percent-encoded. */
const verbatimUrl = (url: string) => url.replace(/[{}\\]/g, (char) => encodeURIComponent(char));

/**
 * BibLaTeX entries written here rather than by Citation.js, which leaves `{`, `}`, `%`, `_` and `\\` as they are (a brace
 * in a title closed the field: `Titre}, publisher={Injecté`) and cuts keys alike (issue 13, item 4). Every text field
 * is escaped for LaTeX, then case-protected where a word has inner capitals; each entry has its own readable key.
 */
export function itemsToBiblatex(items: CslItem[]): string {
  const keys = citationKeys(items);
  return items
    .map((item, index) => {
      const entryType = item.citation.biblatex;
      const publisher = item.publisher ? latexText(item.publisher) : '';
      // Where each entry type wants its publisher: a report's institution, an article's journal, a page's site.
      const publisherField =
        entryType === 'report'
          ? 'institution'
          : entryType === 'article'
            ? 'journaltitle'
            : entryType === 'online'
              ? 'organization'
              : 'publisher';
      const accessed = item.accessed?.['date-parts'][0];
      const fields: [string, string][] = [
        ['abstract', latexText(item.abstract)],
        ['author', item.author.map(bibName).join(' and ')],
        ['type', latexText(item.genre)],
        ['date', String(item.issued?.['date-parts'][0]?.[0] ?? '')],
        [publisherField, publisher],
        ['keywords', latexText(item.keyword ?? '')],
        ['langid', LANGIDS[item.language ?? ''] ?? ''],
        ['note', item.note ? latexText(item.note) : ''],
        ['title', protectCase(latexText(item.title))],
        ['url', verbatimUrl(item.URL)],
        ['urldate', accessed ? accessed.map((part) => String(part).padStart(2, '0')).join('-') : ''],
      ];
      const body = fields
        .filter(([, value]) => value !== '')
        .map(([name, value]) => `\t${name} = {${value}},`)
        .join('\n');
      return `@${entryType}{${keys[index]},\n${body}\n}\n`;
    })
    .join('');
}
