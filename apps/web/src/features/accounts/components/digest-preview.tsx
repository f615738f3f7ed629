import { useLazyQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { DigestPreviewQuery } from '../graphql/accounts.documents';

/** « Aperçu de la prochaine lettre »: a disclosure; the preview is asked for when it is opened, each time. */
export function DigestPreview() {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [loadPreview, { data, error, loading }] = useLazyQuery(DigestPreviewQuery, { fetchPolicy: 'network-only' });
  const preview = data?.digestPreview;

  const toggle = () => {
    if (!open) void loadPreview().catch(() => undefined);
    setOpen(!open);
  };

  return (
    <div className="digest-preview">
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {t('accounts.digest.preview')}
      </button>
      <div id={panelId} hidden={!open} className="digest-preview-panel">
        {open &&
          (loading || (!preview && !error) ? (
            <LoadingMessage text={t('accounts.digest.previewLoading')} />
          ) : error || !preview ? (
            <LoadError
              text={t('accounts.digest.previewError')}
              onRetry={() => void loadPreview().catch(() => undefined)}
            />
          ) : (
            <>
              <p>
                {preview.itemCount === 0
                  ? t('accounts.digest.previewEmpty')
                  : t('accounts.digest.itemCount', { count: preview.itemCount })}
              </p>
              <p className="digest-subject">
                {t('common.labelValue', { label: t('accounts.digest.subject'), value: preview.subject })}
              </p>
              <pre className="mail-text">{preview.text}</pre>
            </>
          ))}
      </div>
    </div>
  );
}
