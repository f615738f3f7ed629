import { useTranslation } from '../../../i18n/use-translation';
import type { FileTextUnit } from '../../../generated/graphql';
import { HighlightedText } from './highlighted-text';
import { segmentsFromMarkedHtml } from './marked-html';

export interface FileMatchView {
  fileName: string;
  unit: FileTextUnit;
  number?: number | null;
  /** HTML from the API: text escaped, matches in <mark>. */
  excerpt: string;
}

/** « Dans le document « guide.pdf », p. 12 : … » followed by the words around the match, marked. */
export function FileMatchExcerpt({ match }: { match: FileMatchView }) {
  const { t } = useTranslation();
  return (
    <p className="hit-file-match">
      <span className="hit-file-match-where">
        {t(`search.fileMatch.${match.unit}`, { name: match.fileName, number: match.number ?? '' })}
      </span>{' '}
      <HighlightedText segments={segmentsFromMarkedHtml(match.excerpt)} />
    </p>
  );
}
