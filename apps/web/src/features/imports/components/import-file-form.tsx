import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { uploadImportFile } from '../hooks/upload-import-file';

/** Step 1: choose a file; it is read on the server into a preview. */
export function ImportFileForm({ onUploaded }: { onUploaded: (id: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError(t('imports.file.required'));
      document.getElementById(id)?.focus();
      return;
    }
    setSending(true);
    setError(null);
    try {
      onUploaded(await uploadImportFile(file));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="account-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className={`field ${error ? 'has-error' : ''}`.trim()}>
        <label htmlFor={id}>{t('imports.file.label')}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('imports.file.hint')}
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <input
          id={id}
          type="file"
          accept=".ris,.bib,.bibtex,.json,.csv,.txt"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={sending}>
          {sending ? t('imports.file.reading') : t('imports.file.submit')}
        </button>
      </div>
    </form>
  );
}
