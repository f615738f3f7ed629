import { isResourceHistoryField } from '@culture-commune/shared';
import { useTranslation } from '../../../i18n/use-translation';
import { useLabels } from '../../../i18n/use-labels';
import { filesChange } from './files-change';
import { wordDiff } from './word-diff';

export interface FieldChangeValue {
  field: string;
  before?: string | null;
  after?: string | null;
}

/** Texts long enough that a word diff reads better than two whole values. */
const LONG_TEXT_FIELDS: readonly string[] = ['title', 'summary', 'body'];

/** One changed field: its name, then before and after; long texts show the words added and removed. */
export function FieldChange({ change }: { change: FieldChangeValue }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const name = isResourceHistoryField(change.field) ? t(`history.fields.${change.field}`) : change.field;
  // Codes become the words the resource page uses.
  const show = (value: string | null | undefined): string | null => {
    if (value === null || value === undefined) return null;
    if (change.field === 'type') return labels.type(value);
    if (change.field === 'format') return labels.format(value);
    if (change.field === 'visibility') return labels.visibility(value);
    if (change.field === 'language') return labels.resourceLanguage(value);
    return value;
  };
  const before = show(change.before);
  const after = show(change.after);
  const empty = <em className="diff-empty">{t('history.empty_value')}</em>;

  // Files as « + guide.pdf », « − ancien.pdf »; the same names again (a file replaced) show as before and after.
  const fileLines = change.field === 'files' ? filesChange(change.before, change.after) : [];
  if (fileLines.length > 0) {
    return (
      <div className="field-change">
        <dt>{name}</dt>
        {fileLines.map((line, index) => (
          <dd key={index}>
            {line.kind === 'added' ? (
              <ins className="diff-added">{t('history.filesChange.added', { name: line.name })}</ins>
            ) : line.kind === 'removed' ? (
              <del className="diff-removed">{t('history.filesChange.removed', { name: line.name })}</del>
            ) : line.kind === 'main' ? (
              t('history.filesChange.main', { name: line.name })
            ) : (
              t('history.filesChange.reordered')
            )}
          </dd>
        ))}
      </div>
    );
  }

  if (LONG_TEXT_FIELDS.includes(change.field) && before !== null && after !== null) {
    return (
      <div className="field-change">
        <dt>{name}</dt>
        <dd className="diff-text">
          {wordDiff(before, after).map((part, index) =>
            part.kind === 'same' ? (
              <span key={index}>{part.text}</span>
            ) : part.kind === 'added' ? (
              <ins key={index} className="diff-added" title={t('history.added')}>
                {part.text}
              </ins>
            ) : (
              <del key={index} className="diff-removed" title={t('history.removed')}>
                {part.text}
              </del>
            ),
          )}
        </dd>
      </div>
    );
  }
  return (
    <div className="field-change">
      <dt>{name}</dt>
      <dd>
        <span className="diff-label">{t('history.before')}&nbsp;: </span>
        {before === null ? empty : <del className="diff-removed">{before}</del>}
      </dd>
      <dd>
        <span className="diff-label">{t('history.after')}&nbsp;: </span>
        {after === null ? empty : <ins className="diff-added">{after}</ins>}
      </dd>
    </div>
  );
}
