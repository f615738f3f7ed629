import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage } from '../../../shared/graphql-errors';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { DigestSettingQuery, SetDigestEnabledMutation } from '../graphql/accounts.documents';
import { DigestPreview } from './digest-preview';

/** « Lettre hebdomadaire »: a checkbox saved as soon as it changes, and the preview of the next letter. */
export function DigestSettings() {
  const { t } = useTranslation();
  const checkboxId = useId();
  const { data, error, refetch } = useQuery(DigestSettingQuery);
  const [setDigestEnabled, { loading }] = useMutation(SetDigestEnabledMutation);
  const [status, setStatus] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const viewer = data?.viewer;

  if (error && !data) return <LoadError text={t('accounts.digest.loadError')} onRetry={() => void refetch()} />;
  if (!viewer) return <LoadingMessage text={t('common.loading')} />;

  const change = async (enabled: boolean) => {
    setStatus(t('accounts.digest.saving'));
    setSaveError(null);
    try {
      await setDigestEnabled({
        variables: { enabled },
        // The box follows the click at once; Apollo puts it back if the save fails.
        optimisticResponse: { setDigestEnabled: enabled },
        // The answer is the new setting: the checkbox follows it.
        update(cache, { data: saved }) {
          if (!saved) return;
          cache.modify({ id: cache.identify(viewer), fields: { digestEnabled: () => saved.setDigestEnabled } });
        },
      });
      setStatus(enabled ? t('accounts.digest.enabled') : t('accounts.digest.disabled'));
    } catch (caught) {
      setStatus('');
      setSaveError(t('accounts.digest.error', { message: errorMessage(caught) }));
    }
  };

  return (
    <>
      <p>{t('accounts.digest.intro')}</p>
      <div className="field field-checkbox">
        <input
          id={checkboxId}
          type="checkbox"
          checked={viewer.digestEnabled}
          aria-busy={loading || undefined}
          onChange={(event) => {
            if (!loading) void change(event.target.checked);
          }}
        />
        <label htmlFor={checkboxId}>{t('accounts.digest.checkbox')}</label>
      </div>
      <p role="status" className={status ? 'notice' : 'visually-hidden'}>
        {status}
      </p>
      {saveError && (
        <p className="notice notice-error" role="alert">
          {saveError}
        </p>
      )}
      <DigestPreview />
    </>
  );
}
