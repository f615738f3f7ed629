import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import type { PendingInvitationFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate, formatDateTime } from '../../../shared/format-date';
import { errorMessage } from '../../../shared/graphql-errors';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import {
  PendingInvitationsQuery,
  ResendInvitationMutation,
  RevokeInvitationMutation,
} from '../graphql/admin.documents';

type Invitation = PendingInvitationFieldsFragment;

interface RowProps {
  invitation: Invitation;
  /** Announces what happened (or went wrong) above the table. */
  onOutcome: (outcome: { kind: 'success' | 'error'; text: string }) => void;
}

function InvitationRow({ invitation, onOutcome }: RowProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [resend, resending] = useMutation(ResendInvitationMutation);
  const [revoke, revoking] = useMutation(RevokeInvitationMutation, {
    // The revoked invitation leaves the list.
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'PendingInvitation', id: invitation.id }) });
      cache.gc();
    },
  });
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const values = { email: invitation.email };

  const onResend = async () => {
    try {
      await resend({ variables: { id: invitation.id } });
      onOutcome({ kind: 'success', text: t('admin.invitations.resent', values) });
    } catch (caught) {
      onOutcome({
        kind: 'error',
        text: t('admin.invitations.resendFailed', { ...values, message: errorMessage(caught) }),
      });
    }
  };
  const onRevoke = async () => {
    try {
      await revoke({ variables: { id: invitation.id } });
    } catch (caught) {
      setRevokeError(errorMessage(caught));
      throw caught;
    }
  };

  return (
    <tr>
      <th scope="row" className="cell-wrap">
        {invitation.email}
        <span className="cell-detail">{invitation.name}</span>
      </th>
      <td>{invitation.organisation.name}</td>
      <td>{t(`accounts.roles.${invitation.role}`)}</td>
      <td>{invitation.invitedBy ?? t('admin.invitations.unknownInviter')}</td>
      <td>
        <time dateTime={invitation.sentAt}>{formatDateTime(invitation.sentAt, language)}</time>
      </td>
      <td>
        {invitation.expired ? (
          <span className="account-state">{t('admin.invitations.expired')}</span>
        ) : (
          <time dateTime={invitation.expiresAt}>{formatDate(invitation.expiresAt, language)}</time>
        )}
      </td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={resending.loading}
            onClick={() => void onResend()}
          >
            {resending.loading ? (
              t('admin.invitations.resending')
            ) : (
              <Trans
                i18nKey="admin.invitations.resend"
                values={values}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            )}
          </button>
          <ConfirmButton
            tone="danger"
            className="button-small"
            label={
              <Trans
                i18nKey="admin.invitations.revoke"
                values={values}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            }
            title={t('admin.invitations.revokeTitle', values)}
            text={t('admin.invitations.revokeText')}
            confirmLabel={t('admin.invitations.revokeConfirm')}
            busyLabel={t('admin.invitations.revoking')}
            busy={revoking.loading}
            errorText={revokeError}
            onOpen={() => setRevokeError(null)}
            onConfirm={onRevoke}
            onDone={() => onOutcome({ kind: 'success', text: t('admin.invitations.revoked', values) })}
          />
        </div>
      </td>
    </tr>
  );
}

/** Admins: the invitations not accepted yet, to resend (a new link) or revoke. */
export function PendingInvitations() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, refetch } = useQuery(PendingInvitationsQuery, { fetchPolicy: 'cache-and-network' });
  const [outcome, setOutcome] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const invitations = data?.pendingInvitations;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.invitations.title')}</h2>
      <p role="status" className={outcome?.kind === 'success' ? 'notice notice-success' : 'visually-hidden'}>
        {outcome?.kind === 'success' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'error' && (
        <p className="notice notice-error" role="alert">
          {outcome.text}
        </p>
      )}
      {error && !invitations ? (
        <LoadError text={t('admin.invitations.error')} onRetry={() => void refetch()} />
      ) : !invitations ? (
        <LoadingMessage text={t('common.loading')} />
      ) : invitations.length === 0 ? (
        <p className="empty-state">{t('admin.invitations.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('admin.invitations.caption', { count: invitations.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.invitations.columns.email')}</th>
                <th scope="col">{t('admin.invitations.columns.organisation')}</th>
                <th scope="col">{t('admin.invitations.columns.role')}</th>
                <th scope="col">{t('admin.invitations.columns.invitedBy')}</th>
                <th scope="col">{t('admin.invitations.columns.sentAt')}</th>
                <th scope="col">{t('admin.invitations.columns.expiresAt')}</th>
                <th scope="col">{t('admin.invitations.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <InvitationRow key={invitation.id} invitation={invitation} onOutcome={setOutcome} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
