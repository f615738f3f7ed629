import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { ProfileInput } from '../../../generated/graphql';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { ChangePasswordForm } from '../components/change-password-form';
import { DigestSettings } from '../components/digest-settings';
import { ProfileForm } from '../components/profile-form';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import {
  AccountFormOptionsQuery,
  ChangePasswordMutation,
  ProfileDirectoryQuery,
  UpdateProfileMutation,
} from '../graphql/accounts.documents';
import { useSignOutEverywhere } from '../hooks/use-session';
import type { Viewer } from '../../../shared/viewer/use-viewer';

function SignOutEverywhere() {
  const { t } = useTranslation();
  const [signOutEverywhere, { loading }] = useSignOutEverywhere();
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(null);
    try {
      await signOutEverywhere();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <>
      <p>{t('accounts.profile.everywhereText')}</p>
      {error && (
        <p className="notice notice-error" role="alert">
          {t('accounts.profile.everywhereError', { message: error })}
        </p>
      )}
      <button type="button" className="button button-secondary" disabled={loading} onClick={() => void run()}>
        {loading ? t('accounts.nav.signingOut') : t('accounts.profile.everywhere')}
      </button>
    </>
  );
}

function Profile({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const headingId = useId();
  const options = useQuery(AccountFormOptionsQuery);
  const directory = useQuery(ProfileDirectoryQuery, { variables: { slug: viewer.slug } });
  // The result is a Viewer with the same id: the cache updates the header's name by itself.
  const [updateProfile] = useMutation(UpdateProfileMutation);
  const [changePassword] = useMutation(ChangePasswordMutation);

  const saveProfile = async (input: ProfileInput) => {
    await updateProfile({ variables: { input } });
    // The person's page and the directory show the new choices when next opened.
    await directory.refetch();
  };
  const savePassword = async (variables: { currentPassword: string; newPassword: string }) => {
    await changePassword({ variables });
  };

  return (
    <>
      <p className="lead">
        {t('accounts.profile.intro', { email: viewer.email, role: t(`accounts.roles.${viewer.role}`) })}
      </p>
      <section className="form-section" aria-labelledby={`${headingId}-profile`}>
        <h2 id={`${headingId}-profile`}>{t('accounts.profile.sectionProfile')}</h2>
        {options.data && directory.data ? (
          <ProfileForm
            key={viewer.id}
            viewer={viewer}
            options={options.data}
            directory={directory.data}
            onSubmit={saveProfile}
          />
        ) : options.error || directory.error ? (
          <LoadError
            text={t('accounts.optionsError')}
            onRetry={() => void Promise.all([options.refetch(), directory.refetch()])}
          />
        ) : (
          <LoadingMessage text={t('common.loading')} />
        )}
      </section>
      <section className="form-section" aria-labelledby={`${headingId}-digest`}>
        <h2 id={`${headingId}-digest`}>{t('accounts.digest.title')}</h2>
        <DigestSettings />
      </section>
      <section className="form-section" aria-labelledby={`${headingId}-password`}>
        <h2 id={`${headingId}-password`}>{t('accounts.profile.sectionPassword')}</h2>
        <ChangePasswordForm onSubmit={savePassword} username={viewer.email} />
      </section>
      <section className="form-section" aria-labelledby={`${headingId}-sessions`}>
        <h2 id={`${headingId}-sessions`}>{t('accounts.profile.sectionSessions')}</h2>
        <SignOutEverywhere />
      </section>
    </>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.profile.title'));
  return (
    <div className="form-page">
      <h1>{t('accounts.profile.title')}</h1>
      <RequireViewer>{(viewer) => <Profile viewer={viewer} />}</RequireViewer>
    </div>
  );
}
