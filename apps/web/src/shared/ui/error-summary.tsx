import { issueMessage, type ValidationIssue } from '@culture-commune/shared';
import { useId, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';

/** A field's problem: found in the browser (translated when shown) or reported by the API (its message as sent). */
export type FieldError = { issue: ValidationIssue } | { message: string };

interface ErrorSummaryProps<E> {
  /** Field errors in form order (see orderedFieldErrors). */
  entries: ReadonlyArray<readonly [string, E]>;
  /** The message of one error, in the interface language. */
  errorText: (error: E) => string | undefined;
  submitError: string | null;
  fieldLabel: (field: string) => string;
  /** The id of the input to focus for a field, or undefined when the form has no such field. */
  targetId: (field: string) => string | undefined;
  summaryRef: RefObject<HTMLElement | null>;
  /** h2 unless the form sits deeper in the page's outline (a debrief form under its section's h3). */
  headingLevel?: 2 | 3 | 4;
}

/** The message to show for a resource field error, in the interface language when it was found here. */
export function useErrorText() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (error: FieldError | undefined) =>
    error === undefined ? undefined : 'issue' in error ? issueMessage(error.issue, language) : error.message;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The list of problems at the top of a form, focused after a failed submit; each links to its field. */
export function ErrorSummary<E>({
  entries,
  errorText,
  submitError,
  fieldLabel,
  targetId,
  summaryRef,
  headingLevel = 2,
}: ErrorSummaryProps<E>) {
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
        {entries.length > 0
          ? t('form.errorSummary', { count: entries.length })
          : t('form.saveError', { message: submitError })}
      </Heading>
      {entries.length > 0 && submitError && <p>{t('form.saveError', { message: submitError })}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, error]) => {
            const message = errorText(error) ?? '';
            // The API's messages may already name the field ("Titre : …"); ours never do.
            const text = message.startsWith(fieldLabel(field))
              ? message
              : t('form.issue', { field: fieldLabel(field), message: lowerFirst(message) });
            const id = targetId(field);
            return (
              <li key={field}>
                {id ? (
                  <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
