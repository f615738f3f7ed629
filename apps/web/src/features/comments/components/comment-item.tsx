import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../common/format-date';
import type { CommentContentFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { CommentBody } from './comment-body';
import { DeleteCommentButton } from './delete-comment-button';

interface CommentItemProps {
  comment: CommentContentFieldsFragment;
  /** Ids of the buttons, so focus can come back to them. */
  replyButtonId?: string;
  editButtonId: string;
  /** Absent for replies (one level deep) and for visitors. */
  onReply?: () => void;
  onEdit: () => void;
  onDeleted: () => void;
}

/** One comment: who, when, « modifié », its text (or the placeholder when deleted or hidden), its actions. */
export function CommentItem({ comment, replyButtonId, editButtonId, onReply, onEdit, onDeleted }: CommentItemProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const removed = comment.deleted || comment.hidden;
  return (
    <article className="comment">
      <p className="comment-meta">
        <span className="comment-author">{comment.author?.name ?? t('comments.unknownAuthor')}</span>
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
      {!removed && (onReply || comment.viewerCanEdit) && (
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
              <DeleteCommentButton id={comment.id} onDeleted={onDeleted} />
            </>
          )}
        </div>
      )}
    </article>
  );
}
