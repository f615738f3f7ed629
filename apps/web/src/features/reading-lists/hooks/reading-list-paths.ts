import { paths } from '../../../shared/paths';

/** The query parameter of share links: /listes/<slug>?partage=<token>. */
export const SHARE_PARAM = 'partage';

/** The exports the API serves, in the order « Exporter » offers them (the print page first after the PDF). */
export const EXPORT_FORMATS = [
  { key: 'pdf', file: 'export.pdf' },
  { key: 'print', file: 'impression' },
  { key: 'markdown', file: 'export.md' },
  { key: 'csv', file: 'export.csv' },
  { key: 'ris', file: 'export.ris' },
  { key: 'bibtex', file: 'export.bib' },
  { key: 'cslJson', file: 'export.json' },
] as const;

export type ExportKey = (typeof EXPORT_FORMATS)[number]['key'];

/**
 * The address of an export, served by the API (not a page of the app). Through a share link the token goes along,
 * since the reader may have no other right to the list.
 */
export function exportPath(
  slug: string,
  file: string,
  shareToken: string | null,
  options: { csvCommas?: boolean } = {},
): string {
  const path = `${paths.readingList(slug)}/${file}`;
  const query = new URLSearchParams();
  if (shareToken) query.set(SHARE_PARAM, shareToken);
  // The CSV uses « ; » (what Excel expects in French); the English interface asks for commas.
  if (options.csvCommas && file === 'export.csv') query.set('separateur', 'virgule');
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
