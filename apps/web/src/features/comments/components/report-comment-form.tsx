import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { badUserInputIssues, errorMessage } from '../../../shared/graphql-errors';
import { TextField } from '../../../shared/ui/form-controls';
import { useReportComment } from '../hooks/use-comment-mutations';
import type { CommentSubject } from '../hooks/use-comments';

/** The API's bounds for a report's reason. */
export const REPORT_REASON_MIN = 3;
export const REPORT_REASON_MAX = 500;

interface ReportCommentFormProps {
  commentId: string;
  subject: CommentSubject;
  /** Who wrote the comment, to name the form. */
  authorName: string;
  fieldId: string;
  onCancel: () => void;
  onReported: () => void;
}

/** Under a comment: why it should be looked at (required), « Envoyer le signalement » and « Annuler ». */
export function ReportCommentForm({
  commentId,
  subject,
  authorName,
  fieldId,
  onCancel,
  onReported,
}: ReportCommentFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [reportComment, { loading }] = useReportComment(subject);
  const focusField = () => document.getElementById(fieldId)?.focus();

  // The form opens on its field.
  useEffect(() => {
    document.getElementById(fieldId)?.focus();
  }, [fieldId]);

  const check = (text: string): string | undefined => {
    if (text === '') return t('comments.report.required');
    if (text.length < REPORT_REASON_MIN) return t('comments.report.tooShort', { min: REPORT_REASON_MIN });
    if (text.length > REPORT_REASON_MAX) return t('comments.report.tooLong', { max: REPORT_REASON_MAX });
    return undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    const problem = check(text);
    setError(problem);
    if (problem) {
      focusField();
      return;
    }
    try {
      await reportComment({ variables: { id: commentId, reason: text } });
      onReported();
    } catch (caught) {
      const issue = badUserInputIssues(caught).find((candidate) => candidate.field === 'reason');
      setError(issue ? issue.message : t('comments.report.error', { message: errorMessage(caught) }));
      focusField();
    }
  };

  return (
    <form
      className="comment-report-form"
      noValidate
      aria-label={t('comments.report.formLabel', { name: authorName })}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <TextField
        id={fieldId}
        label={t('comments.report.reasonLabel')}
        hint={t('comments.report.reasonHint', { min: REPORT_REASON_MIN, max: REPORT_REASON_MAX })}
        required
        multiline
        rows={3}
        value={reason}
        error={error}
        onChange={setReason}
        onBlur={() => undefined}
      />
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-small" disabled={loading}>
          {loading ? t('comments.report.sending') : t('comments.report.submit')}
        </button>
      </div>
    </form>
  );
}
