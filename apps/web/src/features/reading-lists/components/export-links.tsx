import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { EXPORT_FORMATS, exportPath } from '../hooks/reading-list-paths';

interface ExportLinksProps {
  slug: string;
  /** The share link's token when the list is read through it: the exports need it too. */
  shareToken: string | null;
  /** False when the server cannot make PDFs (no Chromium): the PDF link is shown disabled, with the reason. */
  pdfAvailable?: boolean;
}

/** « Exporter »: plain links to what the API serves (PDF, printable page, Markdown, CSV, RIS, BibTeX, CSL-JSON). */
export function ExportLinks({ slug, shareToken, pdfAvailable = true }: ExportLinksProps) {
  const { t, i18n } = useTranslation();
  const csvCommas = !i18n.language.startsWith('fr');
  const headingId = useId();
  const reasonId = useId();
  return (
    <section className="export-links" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('readingLists.exports.title')}</h2>
      <p>{t('readingLists.exports.intro')}</p>
      <ul className="plain-list export-list">
        {EXPORT_FORMATS.map((format) =>
          format.key === 'pdf' && !pdfAvailable ? (
            <li key={format.key}>
              {/* A link without href is not followed nor focused; aria-disabled says why it is there. */}
              <a aria-disabled="true" aria-describedby={reasonId} role="link">
                {t(`readingLists.exports.${format.key}`)}
              </a>{' '}
              <span id={reasonId} className="export-unavailable">
                {t('readingLists.exports.pdfUnavailable')}
              </span>
            </li>
          ) : (
            <li key={format.key}>
              {/* Not a router link: the address is the API's, not a page of the app. */}
              <a href={exportPath(slug, format.file, shareToken, { csvCommas })}>
                {t(`readingLists.exports.${format.key}`)}
              </a>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
