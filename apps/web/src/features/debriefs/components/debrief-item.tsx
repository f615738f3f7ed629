import type { ReactNode } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { formatDay } from '../../../shared/format-date';
import { formatNumber } from '../../../shared/format-number';
import type { DebriefFieldsFragment } from '../../../generated/graphql';
import { useLabels } from '../../../i18n/use-labels';
import { DeleteDebriefButton } from './delete-debrief-button';

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="details-item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** « 4/5 » on screen, « 4 sur 5 » for a screen reader. */
export function RatingText({ rating }: { rating: number }) {
  const { t } = useTranslation();
  return (
    <span className="debrief-rating">
      <span aria-hidden="true">{t('debriefs.ratingText', { rating })}</span>
      <span className="visually-hidden">{t('debriefs.ratingAccessible', { rating })}</span>
    </span>
  );
}

interface DebriefItemProps {
  debrief: DebriefFieldsFragment;
  /** Ids of the « Modifier » button, so focus can come back to it. */
  editButtonId: string;
  onEdit: () => void;
  onDeleted: () => void;
}

/** One workshop as told by the person who ran it. */
export function DebriefItem({ debrief, editButtonId, onEdit, onDeleted }: DebriefItemProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const dateText = formatDay(debrief.date, labels.language);
  const headingId = `debrief-${debrief.id}`;
  const audience = [
    debrief.audience ? labels.audience(debrief.audience.slug, debrief.audience.label) : null,
    debrief.ageBand,
  ]
    .filter(Boolean)
    .join(t('common.listSeparator'));
  const s = (key: 'audience' | 'participants' | 'duration' | 'parentsPresent' | 'wentWell' | 'toAdjust' | 'rating') =>
    t(`debriefs.show.${key}`);

  return (
    <article className="debrief" aria-labelledby={headingId}>
      <header className="debrief-header">
        <h3 id={headingId}>
          <time dateTime={debrief.date}>{dateText}</time>
          <span className="debrief-context"> — {debrief.context}</span>
        </h3>
        <p className="debrief-meta">
          {t('debriefs.by', { name: debrief.author?.name ?? t('debriefs.unknownAuthor') })}
          {debrief.edited && <span className="debrief-edited"> · {t('debriefs.edited')}</span>}
        </p>
      </header>
      <dl className="details-list debrief-details">
        {audience && <Detail term={s('audience')}>{audience}</Detail>}
        <Detail term={s('participants')}>{formatNumber(debrief.participants, labels.language)}</Detail>
        {debrief.durationMinutes !== null && debrief.durationMinutes !== undefined && (
          <Detail term={s('duration')}>{t('resource.minutes', { count: debrief.durationMinutes })}</Detail>
        )}
        <Detail term={s('parentsPresent')}>{debrief.parentsPresent ? t('debriefs.yes') : t('debriefs.no')}</Detail>
        <Detail term={s('rating')}>
          <RatingText rating={debrief.rating} />
        </Detail>
      </dl>
      <dl className="debrief-texts">
        <dt>{s('wentWell')}</dt>
        <dd className="debrief-text">{debrief.wentWell}</dd>
        <dt>{s('toAdjust')}</dt>
        <dd className="debrief-text">{debrief.toAdjust}</dd>
      </dl>
      {debrief.viewerCanEdit && (
        <div className="resource-actions">
          <button type="button" id={editButtonId} className="button button-secondary" onClick={onEdit}>
            <Trans
              i18nKey="debriefs.edit"
              values={{ date: dateText }}
              components={{ hidden: <span className="visually-hidden" /> }}
            />
          </button>
          <DeleteDebriefButton id={debrief.id} dateText={dateText} onDeleted={onDeleted} />
        </div>
      )}
    </article>
  );
}
