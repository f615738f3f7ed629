import { useId, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryEntry } from '../forms/use-account-form';

interface FormErrorSummaryProps {
  entries: readonly SummaryEntry[];
  /** A failure that is not about one field (wrong credentials, expired link, network…). */
  submitError: string | null;
  /** The heading when there is only such a failure: « La connexion a échoué ». */
  failureTitle: string;
  summaryRef: RefObject<HTMLElement | null>;
  /** h2 unless the form sits deeper in the page's outline (under a search result's h3, say). */
  headingLevel?: 2 | 3 | 4;
}

/** The problems at the top of a form, focused after a failed submit; each links to its field. */
export function FormErrorSummary({
  entries,
  submitError,
  failureTitle,
  summaryRef,
  headingLevel = 2,
}: FormErrorSummaryProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  if (entries.length === 0 && !submitError) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };

  return (
    <section className="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby={titleId}>
      <Heading id={titleId}>
        {entries.length > 0 ? t('form.errorSummary', { count: entries.length }) : failureTitle}
      </Heading>
      {submitError && <p>{submitError}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map((entry) => (
            <li key={entry.field}>
              <a href={`#${entry.targetId}`} onClick={(event) => focusField(event, entry.targetId)}>
                {entry.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
