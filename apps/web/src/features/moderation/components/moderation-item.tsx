import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import type { ModerationQueueQuery } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { CommentBody } from '../../../shared/ui/comment-body';
import { paths } from '../../../shared/paths';

export type ModerationItemData = ModerationQueueQuery['moderationQueue'][number];
export type ModerationDecision = 'hide' | 'restore' | 'dismiss';

interface ModerationItemProps {
  item: ModerationItemData;
  /** Ids for the item's heading and buttons, so that focus can be put back after a decision. */
  headingId: string;
  buttonId: (decision: ModerationDecision) => string;
  busy: boolean;
  onDecide: (item: ModerationItemData, decision: ModerationDecision) => void;
}

/**
 * A reported or hidden comment: where (a resource or a reading list) and by whom, its text (sanitised again here), its
 * state in words, the reports awaiting a decision, and the decisions: « Masquer » (and « Écarter les signalements ») or
 * « Rétablir ».
 */
export function ModerationItem({ item, headingId, buttonId, busy, onDecide }: ModerationItemProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const author = item.author?.name ?? t('comments.unknownAuthor');
  const decisions: ModerationDecision[] = item.hidden
    ? ['restore']
    : item.reports.length > 0
      ? ['hide', 'dismiss']
      : ['hide'];

  return (
    <article className="moderation-item" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {item.resource ? (
          <Trans
            i18nKey="moderation.itemTitle"
            values={{ author, title: item.resource.title }}
            components={{ resource: <Link to={paths.resource(item.resource.slug, item.id)} /> }}
          />
        ) : item.readingList ? (
          <Trans
            i18nKey="moderation.itemTitleList"
            values={{ author, title: item.readingList.title }}
            components={{ list: <Link to={paths.readingList(item.readingList.slug, item.id)} /> }}
          />
        ) : (
          // The API sets one of the two; the heading still names the comment should neither come.
          t('moderation.itemTitleNoSubject', { author })
        )}
      </h2>
      <p className="comment-meta">
        <time dateTime={item.createdAt}>
          {t('moderation.postedAt', { date: formatDateTime(item.createdAt, language) })}
        </time>
        {' · '}
        <span className={item.hidden ? 'moderation-state is-hidden' : 'moderation-state is-reported'}>
          {t('common.labelValue', {
            label: t('moderation.state'),
            value: item.hidden ? t('moderation.hidden') : t('moderation.reported', { count: item.reportCount }),
          })}
        </span>
      </p>
      <CommentBody html={item.html} />
      {item.reports.length > 0 && (
        <section className="moderation-reports" aria-labelledby={`${headingId}-reports`}>
          <h3 id={`${headingId}-reports`}>{t('moderation.reportsTitle')}</h3>
          <ul>
            {item.reports.map((report, index) => (
              <li key={index}>
                <p className="comment-meta">
                  {t('moderation.report', {
                    name: report.reporter?.name ?? t('comments.unknownAuthor'),
                    date: formatDateTime(report.createdAt, language),
                  })}
                </p>
                <blockquote className="moderation-reason">{report.reason}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="comment-actions">
        {decisions.map((decision) => (
          <button
            key={decision}
            type="button"
            id={buttonId(decision)}
            className={
              decision === 'hide' ? 'button button-danger button-small' : 'button button-secondary button-small'
            }
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) onDecide(item, decision);
            }}
          >
            {/* Short visible text; the accessible name says whose comment it is. */}
            <Trans
              i18nKey={`moderation.${decision}`}
              values={{ author }}
              components={{ hidden: <span className="visually-hidden" /> }}
            />
          </button>
        ))}
      </div>
    </article>
  );
}
