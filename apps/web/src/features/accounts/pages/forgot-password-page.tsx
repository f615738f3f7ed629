import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { TextField } from '../../../shared/ui/form-controls';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { RequestPasswordResetMutation } from '../graphql/accounts.documents';
import { checkEmail, useFieldCheckText } from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { useDevMode } from '../../../shared/viewer/use-viewer';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.forgot.title'));
  const devMode = useDevMode();
  const [requestReset] = useMutation(RequestPasswordResetMutation);
  const [sent, setSent] = useState(false);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: { email: '' },
    fields: ['email'],
    label: () => t('accounts.fields.email'),
    validate: (values) => ({ email: checkEmail(values.email) }),
    onSubmit: async (values) => {
      await requestReset({ variables: { email: values.email.trim() } });
      setSent(true);
    },
  });

  useEffect(() => {
    if (sent) noticeRef.current?.focus();
  }, [sent]);

  return (
    <div className="account-page">
      <h1>{t('accounts.forgot.title')}</h1>
      {sent ? (
        <>
          {/* The same answer whether or not an account exists: the page tells nobody who is a member. */}
          <p className="notice notice-success" role="status" tabIndex={-1} ref={noticeRef}>
            {t('accounts.forgot.sent')}
          </p>
          {devMode && (
            <p>
              <Link to="/dev/courriels">{t('accounts.demo.mailbox')}</Link>
            </p>
          )}
        </>
      ) : (
        <>
          <p>{t('accounts.forgot.intro')}</p>
          <form className="account-form" noValidate onSubmit={(event) => void form.submit(event)}>
            <ErrorSummary {...form.summary} failureTitle={t('accounts.forgot.failed')} />
            <TextField {...form.bind('email')} type="email" required autoComplete="email" />
            <div className="form-actions">
              <button type="submit" className="button" disabled={form.submitting}>
                {form.submitting ? t('accounts.forgot.submitting') : t('accounts.forgot.submit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p className="account-page-links">
        <Link to="/connexion">{t('accounts.backToSignIn')}</Link>
      </p>
    </div>
  );
}
