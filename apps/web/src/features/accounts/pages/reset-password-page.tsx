import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isNotFound } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { NewPasswordForm } from '../components/new-password-form';
import { ResetPasswordMutation } from '../graphql/accounts.documents';
import { TOKEN_PARAM } from '../../../shared/viewer/return-path';
import { useResetSession } from '../hooks/use-session';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.reset.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get(TOKEN_PARAM) ?? '';
  const resetSession = useResetSession();
  const [resetPassword] = useMutation(ResetPasswordMutation);

  if (token === '') {
    return (
      <div className="account-page">
        <h1>{t('accounts.reset.invalidTitle')}</h1>
        <p>{t('accounts.reset.invalidText')}</p>
        <p>
          <Link to="/mot-de-passe-oublie">{t('accounts.reset.newLink')}</Link>
        </p>
      </div>
    );
  }

  const submit = async (newPassword: string) => {
    try {
      await resetPassword({ variables: { token, newPassword } });
    } catch (error) {
      // Unknown, used or expired: say so in words, with the way to get a new link below the form.
      throw isNotFound(error) ? new Error(t('accounts.reset.expired')) : error;
    }
    await navigate('/', { replace: true });
    await resetSession();
  };

  return (
    <div className="account-page">
      <h1>{t('accounts.reset.title')}</h1>
      <NewPasswordForm
        onSubmit={submit}
        passwordLabel={t('accounts.fields.newPassword')}
        submitLabel={t('accounts.reset.submit')}
        submittingLabel={t('form.saving')}
        failureTitle={t('accounts.reset.failed')}
      />
      <p className="account-page-links">
        <Link to="/mot-de-passe-oublie">{t('accounts.reset.newLink')}</Link>
      </p>
    </div>
  );
}
