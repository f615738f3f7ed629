import { isResourceHistoryField } from '@culture-commune/shared';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../i18n/use-labels';
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
