import { useId, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebriefFieldError, DebriefFieldErrors } from '../hooks/use-debrief-form';
import { orderedDebriefErrors } from '../hooks/use-debrief-form';

/** The message of a field error, in the interface language when it was found here. */
export function useDebriefErrorText() {
  const { t } = useTranslation();
  return (error: DebriefFieldError | undefined): string | undefined => {
    if (error === undefined) return undefined;
    if ('message' in error) return error.message;
    return t(`debriefs.issues.${error.issue.rule}`, { ...error.issue.params });
  };
}

interface DebriefErrorSummaryProps {
  errors: DebriefFieldErrors;
  submitError: string | null;
  fieldLabel: (field: string) => string;
  /** The id of the input to focus for a field, or undefined when the form has no such field. */
  targetId: (field: string) => string | undefined;
  summaryRef: RefObject<HTMLElement | null>;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The list of problems at the top of the form, focused after a failed submit; each links to its field. */
export function DebriefErrorSummary({ errors, submitError, fieldLabel, targetId, summaryRef }: DebriefErrorSummaryProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const errorText = useDebriefErrorText();
  const entries = orderedDebriefErrors(errors);
  if (entries.length === 0 && !submitError) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };

  return (
    <section className="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby={titleId}>
      <h4 id={titleId}>
        {entries.length > 0 ? t('form.errorSummary', { count: entries.length }) : t('form.saveError', { message: submitError })}
      </h4>
      {entries.length > 0 && submitError && <p>{t('form.saveError', { message: submitError })}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, error]) => {
            const message = errorText(error) ?? '';
            // The API's messages may already name the field ("Note : …"); ours never do.
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
