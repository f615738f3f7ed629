import type { CslItem } from './citation-export';
import { invertedName } from './citation-names';

/** A RIS date, `YYYY/MM/DD/`. */
const risDate = (parts: number[] | undefined) =>
  parts ? `${parts.map((part, i) => (i === 0 ? String(part) : String(part).padStart(2, '0'))).join('/')}/` : '';

/**
 * RIS written here rather than by Citation.js, which cut `ID` to 20 characters, hard-wrapped values at 70 characters,
 * left our format out for some types and wrote slides as sound recordings. One field per line (values are one line):
 * `TY` from the type table, authors inverted (« Tisseron, Serge ») and organisations whole, one `KW` per theme or tag,
 * `LA`, `PB`, `T2` (journal or site), `Y2` (date accessed) and our format in `M3` (type of work).
 */
export function itemsToRis(items: CslItem[]): string {
  const records = items.map((item) => {
    const fields: [string, string | undefined][] = [
      ['TY', item.citation.ris],
      ['ID', item.id],
      ['TI', item.title],
      ...item.author.map((name): [string, string] => ['AU', invertedName(name)]),
      ['PY', item.issued ? String(item.issued['date-parts'][0][0]) : undefined],
      ['T2', item['container-title']],
      ['PB', item.publisher],
      ['LA', item.language],
      ...(item.keyword ?? '')
        .split(', ')
        .filter(Boolean)
        .map((word): [string, string] => ['KW', word]),
      ['AB', item.abstract],
      ['UR', item.URL],
      ['Y2', item.accessed ? risDate(item.accessed['date-parts'][0]) : undefined],
      ['M3', item.genre],
      ['N1', item.note],
    ];
    const lines = fields.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${value}`);
    return `${lines.join('\n')}\nER  - `;
  });
  return records.length ? `${records.join('\n')}\n` : '';
}
