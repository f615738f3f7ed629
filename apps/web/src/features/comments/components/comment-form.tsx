import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage } from '../../../shared/graphql-errors';
import { MentionTextarea } from './mention-textarea';

interface CommentFormProps {
  /** The text already there, when editing. */
  initialValue?: string;
  submitLabel: string;
  /** Throws when the API refused: the message is shown under the field. */
  onSubmit: (markdown: string) => Promise<void>;
  onCancel?: () => void;
  /** Id for the textarea, so focus can be moved to it. */
  id?: string;
}

/** A textarea for Markdown (with `@` mentions) and short hints, the button to send it and, for replies and edits, « Annuler ». */
export function CommentForm({ initialValue = '', submitLabel, onSubmit, onCancel, id }: CommentFormProps) {
  const { t } = useTranslation();
  const generatedId = useId();
  const fieldId = id ?? `${generatedId}-markdown`;
  const hintId = `${fieldId}-hint`;
  const mentionHintId = `${fieldId}-mention-hint`;
  const errorId = `${fieldId}-error`;
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const markdown = value.trim();
    if (!markdown) {
      setError(t('comments.required'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setError(null);
    setSending(true);
    try {
      await onSubmit(markdown);
      setValue('');
    } catch (caught) {
      setError(t('comments.error', { message: errorMessage(caught) }));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="comment-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className={`field ${error ? 'has-error' : ''}`.trim()}>
        <label htmlFor={fieldId}>{t('comments.fieldLabel')}</label>
        <p id={hintId} className="field-hint">
          {t('comments.hint')}
        </p>
        <p id={mentionHintId} className="field-hint">
          {t('comments.mentionHint')}
        </p>
        <MentionTextarea
          id={fieldId}
          value={value}
          invalid={Boolean(error)}
          describedBy={error ? `${hintId} ${mentionHintId} ${errorId}` : `${hintId} ${mentionHintId}`}
          onChange={setValue}
        />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="button" disabled={sending}>
          {sending ? t('comments.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}
