import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import type { CommentContentFieldsFragment } from '../../../generated/graphql';
import { signInPath } from '../../../shared/viewer/return-path';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useCreateComment, useUpdateComment } from '../hooks/use-comment-mutations';
import { useComments, type CommentSubject } from '../hooks/use-comments';
import { useScrollToComment } from '../hooks/use-scroll-to-comment';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';

interface CommentSectionProps {
  /** The resource or reading list discussed. */
  subject: CommentSubject;
}

/** Where focus goes after something changed: a field, a button, the heading. */
type FocusTarget = { id: string } | null;

/**
 * « Commentaires » on every resource page and reading list page: the discussion oldest first, replies under their
 * comment, and for signed-in people the form to add one. After a change the comments are asked again.
 */
export function CommentSection({ subject }: CommentSectionProps) {
  const { t } = useTranslation();
  const { comments, error, refetch } = useComments(subject);
  useScrollToComment(comments !== undefined);
  const location = useLocation();
  const { viewer } = useViewer();
  const baseId = useId();
  const headingId = `${baseId}-title`;
  const newFieldId = `${baseId}-new`;
  const replyFieldId = (id: string) => `${baseId}-reply-field-${id}`;
  const replyButtonId = (id: string) => `${baseId}-reply-${id}`;
  const editFieldId = (id: string) => `${baseId}-edit-field-${id}`;
  const editButtonId = (id: string) => `${baseId}-edit-${id}`;

  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);
  // A new object each time, so asking twice for the same target still moves focus.
  const focus = (id: string) => setFocusTarget({ id });

  const createComment = useCreateComment(subject);
  const [updateComment] = useUpdateComment(subject);

  const create = async (markdown: string, parentId?: string) => {
    setNotice('');
    await createComment(markdown, parentId ?? null);
    setNotice(parentId ? t('comments.replied') : t('comments.saved'));
    if (parentId) {
      setReplyingTo(null);
      focus(replyButtonId(parentId));
    }
  };
  const openReply = (id: string) => {
    setNotice('');
    setEditingId(null);
    setReplyingTo(id);
    focus(replyFieldId(id));
  };
  const closeReply = (id: string) => {
    setReplyingTo(null);
    focus(replyButtonId(id));
  };
  const openEdit = (id: string) => {
    setNotice('');
    setReplyingTo(null);
    setEditingId(id);
    focus(editFieldId(id));
  };
  const closeEdit = (id: string) => {
    setEditingId(null);
    focus(editButtonId(id));
  };
  const update = async (id: string, markdown: string) => {
    setNotice('');
    await updateComment({ variables: { id, markdown } });
    setNotice(t('comments.updated'));
    closeEdit(id);
  };
  const deleted = () => {
    setNotice(t('comments.deletedNotice'));
    focus(headingId);
  };

  const renderComment = (comment: CommentContentFieldsFragment, canReply: boolean) =>
    editingId === comment.id ? (
      <CommentForm
        id={editFieldId(comment.id)}
        initialValue={comment.markdown}
        submitLabel={t('comments.saveEdit')}
        onSubmit={(markdown) => update(comment.id, markdown)}
        onCancel={() => closeEdit(comment.id)}
      />
    ) : (
      <CommentItem
        comment={comment}
        subject={subject}
        replyButtonId={replyButtonId(comment.id)}
        editButtonId={editButtonId(comment.id)}
        onReply={canReply && viewer ? () => openReply(comment.id) : undefined}
        onEdit={() => openEdit(comment.id)}
        onDeleted={deleted}
      />
    );

  return (
    <section className="comments" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('comments.title')}
      </h2>
      <div role="status" className="comment-notice">
        {notice && <p className="notice notice-success">{notice}</p>}
      </div>

      {!comments ? (
        error ? (
          <LoadError text={t('comments.loadError')} onRetry={() => void refetch()} />
        ) : (
          <LoadingMessage text={t('common.loading')} />
        )
      ) : comments.length === 0 ? (
        <p className="comment-empty">{t('comments.empty')}</p>
      ) : (
        <ul className="comment-list" aria-label={t('comments.listLabel')}>
          {comments.map((comment) => (
            <li key={comment.id}>
              {renderComment(comment, true)}
              {replyingTo === comment.id && (
                <div className="comment-reply-form">
                  <CommentForm
                    id={replyFieldId(comment.id)}
                    submitLabel={t('comments.sendReply')}
                    onSubmit={(markdown) => create(markdown, comment.id)}
                    onCancel={() => closeReply(comment.id)}
                  />
                </div>
              )}
              {comment.replies.length > 0 && (
                <ul
                  className="comment-replies"
                  aria-label={t('comments.repliesLabel', { name: comment.author?.name ?? t('comments.unknownAuthor') })}
                >
                  {comment.replies.map((reply) => (
                    <li key={reply.id}>{renderComment(reply, false)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}

      {viewer === null && (
        <p className="comment-sign-in">
          <Link to={signInPath(location.pathname + location.search)}>{t('comments.signIn')}</Link>
        </p>
      )}
      {viewer && (
        <section className="comment-new" aria-labelledby={`${headingId}-new`}>
          <h3 id={`${headingId}-new`}>{t('comments.addTitle')}</h3>
          <CommentForm id={newFieldId} submitLabel={t('comments.send')} onSubmit={(markdown) => create(markdown)} />
        </section>
      )}
    </section>
  );
}
