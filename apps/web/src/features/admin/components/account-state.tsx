import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import type { MemberAccountFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate } from '../../../shared/format-date';
import { errorMessage } from '../../../shared/graphql-errors';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { DeactivateMemberMutation, ReactivateMemberMutation } from '../graphql/admin.documents';

interface AccountStateProps {
  member: MemberAccountFieldsFragment;
  isViewer: boolean;
  onOutcome: (outcome: { kind: 'success' | 'error'; text: string }) => void;
}

/**
 * A member's account: active (« Désactiver », confirmed: it signs them out) or deactivated since a date
 * (« Réactiver »). The result is a MemberAccount with the same id: the cache updates the row by itself.
 */
export function AccountState({ member, isViewer, onOutcome }: AccountStateProps) {
  const { t, i18n } = useTranslation();
  const [deactivate, deactivating] = useMutation(DeactivateMemberMutation);
  const [reactivate, reactivating] = useMutation(ReactivateMemberMutation);
  const [error, setError] = useState<string | null>(null);
  const values = { name: member.name };
  const hidden = { hidden: <span className="visually-hidden" /> };

  if (member.deactivatedAt) {
    const onReactivate = async () => {
      try {
        await reactivate({ variables: { memberSlug: member.slug } });
        onOutcome({ kind: 'success', text: t('admin.members.reactivated', values) });
      } catch (caught) {
        onOutcome({
          kind: 'error',
          text: t('admin.members.stateFailed', { ...values, message: errorMessage(caught) }),
        });
      }
    };
    return (
      <div className="row-actions">
        <span className="account-state">
          {t('admin.members.deactivatedOn', { date: formatDate(member.deactivatedAt, currentLanguage(i18n)) })}
        </span>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={reactivating.loading}
          onClick={() => void onReactivate()}
        >
          {reactivating.loading ? (
            t('admin.members.reactivating')
          ) : (
            <Trans i18nKey="admin.members.reactivate" values={values} components={hidden} />
          )}
        </button>
      </div>
    );
  }
  if (isViewer) return <>{t('admin.members.active')}</>;
  return (
    <ConfirmButton
      tone="danger"
      className="button-small"
      label={<Trans i18nKey="admin.members.deactivate" values={values} components={hidden} />}
      title={t('admin.members.deactivateTitle', values)}
      text={t('admin.members.deactivateText', values)}
      confirmLabel={t('admin.members.deactivateConfirm')}
      busyLabel={t('admin.members.deactivating')}
      busy={deactivating.loading}
      errorText={error}
      onOpen={() => setError(null)}
      onConfirm={async () => {
        try {
          await deactivate({ variables: { memberSlug: member.slug } });
        } catch (caught) {
          setError(errorMessage(caught));
          throw caught;
        }
      }}
      onDone={() => onOutcome({ kind: 'success', text: t('admin.members.deactivated', values) })}
    />
  );
}
