import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { DemoAccountsHint } from '../components/demo-accounts-hint';
import { SignInForm, type Credentials } from '../components/sign-in-form';
import { SignInMutation } from '../graphql/accounts.documents';
import { RETURN_PARAM, safeReturnPath } from '../../../shared/viewer/return-path';
import { useResetSession } from '../hooks/use-session';
import { useDevMode } from '../../../shared/viewer/use-viewer';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.signIn.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const devMode = useDevMode();
  const resetSession = useResetSession();
  const [signIn] = useMutation(SignInMutation);
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  const submit = async ({ email, password }: Credentials) => {
    await signIn({ variables: { email, password } });
    // Refetch with the new session before leaving: the page to go back to may be for members only.
    await resetSession();
    await navigate(safeReturnPath(params.get(RETURN_PARAM)), { replace: true });
  };

  return (
    <div className="account-page">
      <h1>{t('accounts.signIn.title')}</h1>
      {signedOut && (
        <p className="notice notice-success" role="status">
          {t('accounts.signIn.signedOut')}
        </p>
      )}
      <SignInForm onSubmit={submit} />
      {devMode && <DemoAccountsHint />}
    </div>
  );
}
