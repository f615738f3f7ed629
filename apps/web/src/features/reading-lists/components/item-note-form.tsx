import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { useForm } from '../../../shared/forms/use-form';
import { useFieldCheckText } from '../../../shared/forms/field-checks';
import { TextField } from '../../../shared/ui/form-controls';
import { useUpdateItemNote } from '../hooks/use-reading-list-mutations';

interface ItemNoteFormProps {
  itemId: string;
  title: string;
  note: string;
  onSaved: () => void;
  onCancel: () => void;
}

/** « Modifier la note », in place: the textarea gets the focus, Escape or « Annuler » closes it unchanged. */
export function ItemNoteForm({ itemId, title, note, onSaved, onCancel }: ItemNoteFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [updateNote] = useUpdateItemNote();
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: { note },
    fields: ['note'] as const,
    label: () => t('readingLists.items.noteField'),
    validate: () => ({}),
    onSubmit: async (values) => {
      await updateNote({ variables: { itemId, note: values.note.trim() } });
      onSaved();
    },
  });

  useEffect(() => {
    formRef.current?.querySelector('textarea')?.focus();
  }, []);

  return (
    <form
      ref={formRef}
      className="item-note-form"
      noValidate
      aria-label={t('readingLists.items.noteForm', { title })}
      onSubmit={(event) => void form.submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <ErrorSummary {...form.summary} failureTitle={t('readingLists.items.noteFailed')} />
      <TextField {...form.bind('note')} multiline rows={3} hint={t('readingLists.items.noteHint')} />
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={form.submitting}>
          {form.submitting ? t('readingLists.items.savingNote') : t('readingLists.items.saveNote')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          {t('readingLists.items.cancelNote')}
        </button>
      </div>
    </form>
  );
}
