import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { InviteMemberInput } from '../../../generated/graphql';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { InviteForm } from '../components/invite-form';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { AccountFormOptionsQuery, InviteMemberMutation } from '../graphql/accounts.documents';
import { canInvite, type Viewer } from '../../../shared/viewer/use-viewer';

function Invite({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const options = useQuery(AccountFormOptionsQuery);
  const [inviteMember] = useMutation(InviteMemberMutation);

  const send = async (input: InviteMemberInput) => {
    const { data } = await inviteMember({ variables: { input } });
    if (!data) throw new Error(t('accounts.invite.failed'));
    return data.inviteMember;
  };

  return (
    <>
      <p className="lead">{t('accounts.invite.intro')}</p>
      <AdminLinks current="invite" />
      {options.data ? (
        <InviteForm
          organisations={options.data.organisations}
          defaultOrganisationSlug={viewer.organisation?.slug}
          onSubmit={send}
        />
      ) : options.error ? (
        <LoadError text={t('accounts.optionsError')} onRetry={() => void options.refetch()} />
      ) : (
        <LoadingMessage text={t('common.loading')} />
      )}
    </>
  );
}

export function InvitePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.invite.title'));
  return (
    <div className="form-page">
      <h1>{t('accounts.invite.title')}</h1>
      <RequireViewer>
        {(viewer) =>
          canInvite(viewer.role) ? (
            <Invite viewer={viewer} />
          ) : (
            <p className="notice">{t('accounts.invite.notAllowed')}</p>
          )
        }
      </RequireViewer>
    </div>
  );
}
