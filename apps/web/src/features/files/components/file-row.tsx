import { useTranslation } from '../../../i18n/use-translation';
import { currentLanguage } from '../../../i18n/i18n';
import { formatFileSize, formatPercent } from '../file-sizes';
import type { FileEntry } from '../hooks/use-file-uploads';

interface FileRowProps {
  entry: FileEntry;
  /** Whether it is the main file (the one chosen, else the first the API has). */
  isMain: boolean;
  /** The radio group's name (one main file per form). */
  group: string;
  first: boolean;
  last: boolean;
  onMain: () => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onResume: () => void;
}

/** One file of the form: name and size, its upload's progress or refusal, « Fichier principal », order, remove. */
export function FileRow({ entry, isMain, group, first, last, onMain, onMove, onRemove, onResume }: FileRowProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const id = `${group}-${entry.key}`;
  const ratio = entry.size > 0 ? entry.sent / entry.size : 1;
  const hidden = <span className="visually-hidden"> {entry.name}</span>;
  return (
    <li className={`file-row file-${entry.status}`} aria-labelledby={`${id}-name`}>
      <p className="file-row-name">
        <span id={`${id}-name`}>{entry.name}</span>{' '}
        <span className="file-row-size">{formatFileSize(entry.size, language)}</span>
      </p>
      {/* Shown for the uploads of this visit (a file already on the resource has none). */}
      {entry.status !== 'refused' && (entry.status !== 'done' || entry.uploadId) && (
        <p className="file-row-progress">
          <progress
            max={100}
            value={Math.round(ratio * 100)}
            aria-label={t('files.field.progress', { name: entry.name })}
          />{' '}
          <span>{formatPercent(ratio, language)}</span>
        </p>
      )}
      <p
        className={entry.status === 'refused' || entry.status === 'failed' ? 'field-error' : 'field-hint'}
        role="status"
      >
        {entry.status === 'refused' && t('files.field.refused', { name: entry.name, message: entry.message })}
        {entry.status === 'failed' &&
          t('files.field.failed', { name: entry.name, message: entry.message || t('files.field.connectionLost') })}
        {entry.status === 'done' && entry.uploadId && t('files.field.sent')}
      </p>
      <div className="file-row-actions">
        {entry.status === 'done' && (
          <label className="file-row-main">
            <input type="radio" name={group} checked={isMain} onChange={onMain} /> {t('files.field.main')}
            {hidden}
          </label>
        )}
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={first}
          onClick={() => onMove(-1)}
          id={`${id}-up`}
        >
          {t('files.field.moveUp')}
          {hidden}
        </button>
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={last}
          onClick={() => onMove(1)}
          id={`${id}-down`}
        >
          {t('files.field.moveDown')}
          {hidden}
        </button>
        {entry.status === 'failed' && (
          <button type="button" className="button button-small" onClick={onResume}>
            {t('files.field.resume')}
            {hidden}
          </button>
        )}
        <button type="button" className="button button-small button-secondary" onClick={onRemove}>
          {entry.status === 'uploading' ? t('files.field.cancel') : t('files.field.remove')}
          {hidden}
        </button>
      </div>
    </li>
  );
}
