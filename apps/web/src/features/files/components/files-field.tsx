import { ACCEPTED_FILE_EXTENSIONS_TEXT, ACCEPTED_FILE_TYPES } from '@culture-commune/shared';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { uploadFile } from '../upload-client';
import { useFileUploads, type ExistingFile, type FileChoice } from '../hooks/use-file-uploads';
import { AttachPdfOffer } from './attach-pdf-offer';
import { FileRow } from './file-row';

/** What the form needs to save: the files in order, and whether one is still being sent. */
export interface FilesFieldState {
  files: FileChoice[];
  busy: boolean;
}

export interface FilesFieldProps {
  initialFiles: readonly ExistingFile[];
  /** The pasted link, when its preview says it is a PDF: offered as a file. */
  pdfUrl: string | null;
  onChange: (state: FilesFieldState) => void;
  /** Tests give their own; the page uses the REST routes. */
  upload?: typeof uploadFile;
  fetch?: typeof fetch;
}

/** Extensions and media types for the file picker: what the API accepts (it decides again from the bytes). */
const ACCEPT = [
  ...ACCEPTED_FILE_TYPES.map((type) => `.${type.extension}`),
  // Names the detected types' files also carry (the API renames them after the type it detects).
  '.jpeg',
  ...ACCEPTED_FILE_TYPES.map((type) => type.mediaType),
].join(',');

/** « Fichiers » in the resource form: choose or drop files, follow each upload, order them, choose the main one. */
export function FilesField({ initialFiles, pdfUrl, onChange, upload, fetch }: FilesFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const uploads = useFileUploads(initialFiles, upload);
  const [dragging, setDragging] = useState(false);
  const focusAfterMove = useRef<{ key: string; delta: -1 | 1 } | null>(null);

  useEffect(() => {
    onChange({ files: uploads.choices, busy: uploads.busy });
  }, [uploads.choices, uploads.busy, onChange]);

  // A moved row keeps the keyboard focus on its button (the other one when it reached an end).
  useEffect(() => {
    const moved = focusAfterMove.current;
    if (!moved) return;
    focusAfterMove.current = null;
    const button = (delta: number) =>
      document.getElementById(`${id}-${moved.key}-${delta < 0 ? 'up' : 'down'}`) as HTMLButtonElement | null;
    const target = button(moved.delta);
    (target && !target.disabled ? target : button(-moved.delta))?.focus();
  }, [uploads.entries, id]);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    uploads.add([...event.dataTransfer.files]);
  };

  return (
    <fieldset className="files-field" aria-describedby={`${id}-hint`}>
      <legend>{t('files.field.legend')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('files.field.hint', { types: ACCEPTED_FILE_EXTENSIONS_TEXT })}
      </p>
      <div
        className={dragging ? 'file-drop is-dragging' : 'file-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={`${id}-input`}>{t('files.field.choose')}</label>
        <input
          id={`${id}-input`}
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(event) => {
            uploads.add([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        <p className="field-hint">{t('files.field.drop')}</p>
      </div>
      {pdfUrl && <AttachPdfOffer key={pdfUrl} url={pdfUrl} onAttached={uploads.addUploaded} fetch={fetch} />}
      {uploads.entries.length > 0 && (
        <ul className="file-rows" aria-label={t('files.field.listLabel')}>
          {uploads.entries.map((entry, index) => (
            <FileRow
              key={entry.key}
              entry={entry}
              isMain={entry.key === uploads.mainKey}
              group={id}
              first={index === 0}
              last={index === uploads.entries.length - 1}
              onMain={() => uploads.setMain(entry.key)}
              onMove={(delta) => {
                focusAfterMove.current = { key: entry.key, delta };
                uploads.move(entry.key, delta);
              }}
              onRemove={() => uploads.remove(entry.key)}
              onResume={() => uploads.resume(entry.key)}
            />
          ))}
        </ul>
      )}
    </fieldset>
  );
}
