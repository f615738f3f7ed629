import { issueMessage } from '@culture-commune/shared';
import type { MouseEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import type { FieldError, FieldErrors } from '../hooks/use-resource-form';
import { orderedErrors } from '../hooks/use-resource-form';

interface ErrorSummaryProps {
  errors: FieldErrors;
  submitError: string | null;
  fieldLabel: (field: string) => string;
  /** The id of the input to focus for a field, or undefined when the form has no such field. */
  targetId: (field: string) => string | undefined;
  summaryRef: RefObject<HTMLElement | null>;
}

/** The message to show for a field error, in the interface language when it was found here. */
export function useErrorText() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (error: FieldError | undefined) =>
    error === undefined ? undefined : 'issue' in error ? issueMessage(error.issue, language) : error.message;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The list of problems at the top of the form, focused after a failed submit; each links to its field. */
export function ErrorSummary({ errors, submitError, fieldLabel, targetId, summaryRef }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const entries = orderedErrors(errors);
  if (entries.length === 0 && !submitError) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };

  return (
    <section className="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        {entries.length > 0 ? t('form.errorSummary', { count: entries.length }) : t('form.saveError', { message: submitError })}
      </h2>
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
