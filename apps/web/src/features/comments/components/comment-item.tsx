import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { formatDateTime } from '../../../shared/format-date';
import type { CommentContentFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import type { CommentSubject } from '../hooks/use-comments';
import { CommentBody } from '../../../shared/ui/comment-body';
import { DeleteCommentButton } from './delete-comment-button';
import { ReportCommentForm } from './report-comment-form';
import { commentAnchor, paths } from '../../../shared/paths';
import { Link } from 'react-router';

interface CommentItemProps {
  comment: CommentContentFieldsFragment;
  /** What the comment is about, for the comments to be asked again after a deletion or a report. */
  subject: CommentSubject;
  /** Ids of the buttons, so focus can come back to them. */
  replyButtonId?: string;
  editButtonId: string;
  /** Absent for replies (one level deep) and for visitors. */
  onReply?: () => void;
  onEdit: () => void;
  onDeleted: () => void;
}

/**
 * One comment: who, when, « modifié », its text (or the placeholder when deleted or hidden), its actions,
 * and « Signaler » for the others' comments (then « Signalement envoyé aux coordinateur·rices »).
 */
export function CommentItem({
  comment,
  subject,
  replyButtonId,
  editButtonId,
  onReply,
  onEdit,
  onDeleted,
}: CommentItemProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const removed = comment.deleted || comment.hidden;
  const baseId = useId();
  const reportFormId = `${baseId}-report`;
  const reportButtonRef = useRef<HTMLButtonElement>(null);
  const reportedRef = useRef<HTMLParagraphElement>(null);
  const [reporting, setReporting] = useState(false);
  const [justReported, setJustReported] = useState(false);
  const reported = !removed && (comment.viewerReported || justReported);
  const canReport = !removed && comment.viewerCanReport && !reported;
  const authorName = comment.author?.name ?? t('comments.unknownAuthor');

  // The button and its form are gone once the report is sent: focus goes to the confirmation.
  useEffect(() => {
    if (justReported) reportedRef.current?.focus();
  }, [justReported]);

  const closeReport = () => {
    setReporting(false);
    reportButtonRef.current?.focus();
  };

  return (
    <article className="comment" id={commentAnchor(comment.id)} tabIndex={-1}>
      <p className="comment-meta">
        <span className="comment-author">
          {comment.author ? <Link to={paths.member(comment.author.slug)}>{authorName}</Link> : authorName}
        </span>
        {' · '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, language)}</time>
        {comment.edited && !removed && <span className="comment-edited"> · {t('comments.edited')}</span>}
      </p>
      {comment.deleted ? (
        <p className="comment-removed">{t('comments.deleted')}</p>
      ) : comment.hidden ? (
        <p className="comment-removed">{t('comments.hidden')}</p>
      ) : (
        <CommentBody html={comment.html} />
      )}
      {!removed && (onReply || comment.viewerCanEdit || canReport) && (
        <div className="comment-actions">
          {onReply && (
            <button type="button" id={replyButtonId} className="button button-secondary button-small" onClick={onReply}>
              {t('comments.reply')}
            </button>
          )}
          {comment.viewerCanEdit && (
            <>
              <button type="button" id={editButtonId} className="button button-secondary button-small" onClick={onEdit}>
                {t('comments.edit')}
              </button>
              <DeleteCommentButton id={comment.id} subject={subject} onDeleted={onDeleted} />
            </>
          )}
          {canReport && (
            <button
              type="button"
              ref={reportButtonRef}
              className="button button-secondary button-small"
              aria-expanded={reporting}
              aria-controls={reporting ? reportFormId : undefined}
              onClick={() => (reporting ? closeReport() : setReporting(true))}
            >
              {t('comments.report.open')}
            </button>
          )}
        </div>
      )}
      {canReport && reporting && (
        <div id={reportFormId} className="comment-report">
          <ReportCommentForm
            commentId={comment.id}
            subject={subject}
            authorName={authorName}
            fieldId={`${reportFormId}-reason`}
            onCancel={closeReport}
            onReported={() => {
              setReporting(false);
              setJustReported(true);
            }}
          />
        </div>
      )}
      {!removed && (comment.viewerCanReport || reported) && (
        // Always there for those who may report, so that the confirmation is announced when it appears.
        <p role="status" ref={reportedRef} tabIndex={-1} className={reported ? 'comment-reported' : 'visually-hidden'}>
          {reported ? t('comments.report.sent') : ''}
        </p>
      )}
    </article>
  );
}
