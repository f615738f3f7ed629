import { useId, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from '../../i18n/use-translation';

/** One line of the error summary. */
export interface SummaryEntry {
  field: string;
  text: string;
  /** The id of the input to focus, or undefined when the form has no such field. */
  targetId?: string;
}

interface ErrorSummaryProps {
  /** Field errors in form order (useForm's `summary`). */
  entries: readonly SummaryEntry[];
  /** A failure that is not about one field (wrong credentials, expired link, network…). */
  submitError: string | null;
  /**
   * The heading when there is only such a failure: « La connexion a échoué », shown with the message
   * under it; or a heading made of the message itself (« L’enregistrement a échoué : … »).
   */
  failureTitle: string | ((message: string) => string);
  summaryRef: RefObject<HTMLElement | null>;
  /** h2 unless the form sits deeper in the page's outline (a debrief form under its section's h3). */
  headingLevel?: 2 | 3 | 4;
}

/** The problems at the top of a form, focused after a failed submit; each links to its field. */
export function ErrorSummary({ entries, submitError, failureTitle, summaryRef, headingLevel = 2 }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  if (entries.length === 0 && !submitError) return null;

  const titleHasMessage = typeof failureTitle === 'function';
  const title = (message: string) => (typeof failureTitle === 'function' ? failureTitle(message) : failureTitle);
  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };

  return (
    <section className="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby={titleId}>
      <Heading id={titleId}>
        {entries.length > 0 ? t('form.errorSummary', { count: entries.length }) : title(submitError ?? '')}
      </Heading>
      {submitError && !titleHasMessage && <p>{submitError}</p>}
      {submitError && titleHasMessage && entries.length > 0 && <p>{title(submitError)}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(({ field, text, targetId }) => (
            <li key={field}>
              {targetId ? (
                <a href={`#${targetId}`} onClick={(event) => focusField(event, targetId)}>
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
