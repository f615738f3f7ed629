import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDate } from '../../../shared/format-date';
import { isNotFound } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { currentLanguage } from '../../../i18n/i18n';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { NewPasswordForm } from '../components/new-password-form';
import { AcceptInvitationMutation, InvitationQuery } from '../graphql/accounts.documents';
import { TOKEN_PARAM } from '../../../shared/viewer/return-path';
import { useResetSession } from '../hooks/use-session';
import { paths } from '../../../shared/paths';

/** A link that no longer works: revoked by an admin, or used, expired or replaced by a newer one. */
function InvalidInvitation({ revoked }: { revoked: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="account-page">
      <h1>{revoked ? t('accounts.invitation.revokedTitle') : t('accounts.invitation.invalidTitle')}</h1>
      <p>{revoked ? t('accounts.invitation.revokedText') : t('accounts.invitation.invalidText')}</p>
      <p>
        <Link to="/">{t('notFound.link')}</Link>
      </p>
    </div>
  );
}

export function InvitationPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get(TOKEN_PARAM) ?? '';
  const resetSession = useResetSession();
  const [acceptInvitation] = useMutation(AcceptInvitationMutation);
  // Once accepted, the invitation is no longer asked for: it is used, and would show as no longer valid.
  const [accepted, setAccepted] = useState(false);
  const { data, error, refetch } = useQuery(InvitationQuery, {
    variables: { token },
    skip: token === '' || accepted,
  });
  const invitation = data?.invitation;
  const revoked = data?.invitationStatus === 'REVOKED';
  useDocumentTitle(
    invitation === null || token === ''
      ? t(revoked ? 'accounts.invitation.revokedTitle' : 'accounts.invitation.invalidTitle')
      : t('accounts.invitation.title'),
  );

  if (accepted) return <LoadingMessage text={t('common.loading')} />;
  if (token === '' || invitation === null) return <InvalidInvitation revoked={revoked} />;
  if (error && !invitation) return <LoadError text={t('accounts.invitation.error')} onRetry={() => void refetch()} />;
  if (!invitation) return <LoadingMessage text={t('common.loading')} />;

  const submit = async (password: string) => {
    try {
      await acceptInvitation({ variables: { token, password } });
    } catch (error) {
      throw isNotFound(error) ? new Error(t('accounts.invitation.expired')) : error;
    }
    setAccepted(true);
    // The welcome step needs the new viewer: the session is reset before going there.
    await resetSession();
    await navigate(paths.welcome, { replace: true });
  };
  const language = currentLanguage(i18n);

  return (
    <div className="account-page">
      <h1>{t('accounts.invitation.title')}</h1>
      <p className="lead">{t('accounts.invitation.welcome', { name: invitation.name })}</p>
      <dl className="details-list account-details">
        <div className="details-item">
          <dt>{t('accounts.fields.email')}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div className="details-item">
          <dt>{t('accounts.fields.organisationSlug')}</dt>
          <dd>{invitation.organisation.name}</dd>
        </div>
        <div className="details-item">
          <dt>{t('accounts.fields.role')}</dt>
          <dd>{t(`accounts.roles.${invitation.role}`)}</dd>
        </div>
        <div className="details-item">
          <dt>{t('accounts.invitation.expiresAt')}</dt>
          <dd>
            <time dateTime={invitation.expiresAt}>{formatDate(invitation.expiresAt, language)}</time>
          </dd>
        </div>
      </dl>
      <h2>{t('accounts.invitation.passwordTitle')}</h2>
      <NewPasswordForm
        onSubmit={submit}
        username={invitation.email}
        passwordLabel={t('accounts.fields.password')}
        submitLabel={t('accounts.invitation.submit')}
        submittingLabel={t('accounts.invitation.submitting')}
        failureTitle={t('accounts.invitation.failed')}
      />
    </div>
  );
}
