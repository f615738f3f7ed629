import type * as CitationCore from '@citation-js/core';
import { loadOnDemand } from '../../../common/load-on-demand';
import { cslToRecord, CslInput } from './csl-record';
import { ImportedRecord, unreadable } from './imported-record';

/** citation.js and its BibTeX and RIS plugins, loaded on the first citation file rather than at every start. */
function citeClass(): typeof CitationCore.Cite {
  loadOnDemand('@citation-js/plugin-bibtex');
  loadOnDemand('@citation-js/plugin-ris');
  return loadOnDemand<typeof CitationCore>('@citation-js/core').Cite;
}

/** Reads one record through citation-js; a record it cannot read is reported alone, the others are kept. */
function readOne(text: string, format: '@ris/file' | '@biblatex/text'): ImportedRecord[] {
  try {
    const items = new (citeClass())(text, { forceType: format }).data as CslInput[];
    if (items.length === 0) return [unreadable('aucune notice reconnue', guessTitle(text))];
    // RIS « M3 » (type of work) holds our format in our own exports; Citation.js drops it for some types (ELEC).
    const typeOfWork = format === '@ris/file' ? /^M3 {2}- (.+)$/m.exec(text)?.[1]?.trim() : undefined;
    return items.map((item) => cslToRecord({ ...item, genre: item.genre ?? typeOfWork }));
  } catch (error) {
    return [unreadable(firstLine((error as Error).message), guessTitle(text))];
  }
}

const firstLine = (message: string) => message.split('\n')[0].slice(0, 200);

/** A title to show for a broken record, so that the person can find it in their file. */
function guessTitle(text: string): string {
  const match = /^(?:TI|T1) {2}- (.+)$/m.exec(text) ?? /\btitle\s*=\s*[{"]([^}"\n]+)/i.exec(text);
  return match ? match[1].trim().slice(0, 200) : '';
}

/** RIS: one record per `TY  -` … `ER  -`, each read on its own. */
export function readRis(text: string): ImportedRecord[] {
  const records = text
    .replace(/\r\n?/g, '\n')
    .split(/^ER {2}-.*$/m)
    .map((chunk) => chunk.trim())
    .filter((chunk) => /^[A-Z][A-Z0-9] {2}-/m.test(chunk));
  return records.flatMap((chunk) =>
    /^TY {2}- /m.test(chunk)
      ? readOne(`${chunk}\nER  - \n`, '@ris/file')
      : [unreadable('notice RIS sans « TY »', guessTitle(chunk))],
  );
}

/** BibTeX / BibLaTeX: one entry per `@type{`, each read on its own (`@comment`, `@string`, `@preamble` skipped). */
export function readBibtex(text: string): ImportedRecord[] {
  const entries = text
    .replace(/\r\n?/g, '\n')
    .split(/^(?=\s*@)/m)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.startsWith('@') && !/^@(comment|string|preamble)\b/i.test(chunk));
  return entries.flatMap((entry) => readOne(entry, '@biblatex/text'));
}

/** CSL-JSON: an array of items (or one item); a file that is not JSON is refused as a whole. */
export function readCslJson(text: string): ImportedRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return [unreadable(`JSON illisible (${firstLine((error as Error).message)})`)];
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.map((item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? cslToRecord(item as CslInput)
      : unreadable('un élément n’est pas une notice CSL-JSON'),
  );
}
