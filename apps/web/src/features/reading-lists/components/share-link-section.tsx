import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { ConfirmDeleteButton } from '../../../shared/ui/confirm-delete-button';
import { errorMessage } from '../../../shared/graphql-errors';
import { useCreateShareLink, useRevokeShareLink, type ReadingList } from '../hooks/use-reading-list-mutations';

interface ShareLinkSectionProps {
  list: ReadingList;
  announce: (text: string) => void;
}

/** Copies `text`; false when the browser refused (no clipboard API outside secure pages, permission…). */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/**
 * « Lien de partage », for the curator: a secret read-only link, shown once in a read-only field with « Copier le
 * lien »; creating another one (« Remplacer le lien ») or « Révoquer le lien » stops the previous one.
 */
export function ShareLinkSection({ list, announce }: ShareLinkSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const headingId = `${id}-title`;
  const fieldId = `${id}-link`;
  const fieldRef = useRef<HTMLInputElement>(null);
  const [createLink, creation] = useCreateShareLink(list.id);
  const [revokeLink, revocation] = useRevokeShareLink();
  const [url, setUrl] = useState<string | null>(null);
  const [copyStatus, setCopyStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The new link gets the focus, so that it is read out and ready to copy.
  useEffect(() => {
    if (url) fieldRef.current?.focus();
  }, [url]);

  const create = async () => {
    // Not `disabled` while creating: the button would lose the focus.
    if (creation.loading) return;
    setError(null);
    setCopyStatus(null);
    try {
      const { data } = await createLink({ variables: { slug: list.slug } });
      if (data) {
        setUrl(data.createReadingListShareLink);
        announce(t('readingLists.share.created'));
      }
    } catch (caught) {
      setError(t('readingLists.share.error', { message: errorMessage(caught) }));
    }
  };

  const copy = async () => {
    if (!url) return;
    const ok = await copyText(url, fieldRef.current);
    setCopyStatus({ ok, text: ok ? t('readingLists.share.copied') : t('readingLists.share.copyFailed') });
  };

  return (
    <section className="share-link-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('readingLists.share.title')}
      </h2>
      <p>{t('readingLists.share.intro')}</p>
      <p className="share-link-state">
        {list.hasShareLink ? t('readingLists.share.active') : t('readingLists.share.none')}
      </p>
      {url && (
        <div className="share-link-new">
          <div className="field">
            <label htmlFor={fieldId}>{t('readingLists.share.field')}</label>
            <p id={`${fieldId}-hint`} className="field-hint">
              {t('readingLists.share.shownOnce')}
            </p>
            <input
              id={fieldId}
              ref={fieldRef}
              type="text"
              readOnly
              value={url}
              aria-describedby={`${fieldId}-hint`}
              onFocus={(event) => event.target.select()}
            />
          </div>
          <p className="share-link-copy">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('readingLists.share.copy')}
            </button>
            <span
              role="status"
              className={copyStatus ? (copyStatus.ok ? 'copy-status' : 'copy-status field-error') : 'visually-hidden'}
            >
              {copyStatus?.text ?? ''}
            </span>
          </p>
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-busy={creation.loading || undefined}
          onClick={() => void create()}
        >
          {creation.loading
            ? t('readingLists.share.creating')
            : list.hasShareLink
              ? t('readingLists.share.replace')
              : t('readingLists.share.create')}
        </button>
        {list.hasShareLink && (
          <ConfirmDeleteButton
            label={t('readingLists.share.revoke')}
            title={t('readingLists.share.revokeTitle')}
            text={t('readingLists.share.revokeText')}
            confirmLabel={t('readingLists.share.revokeConfirm')}
            busyLabel={t('readingLists.share.revoking')}
            busy={revocation.loading}
            errorText={
              revocation.error ? t('readingLists.share.error', { message: errorMessage(revocation.error) }) : null
            }
            onOpen={revocation.reset}
            onConfirm={() => revokeLink({ variables: { slug: list.slug } })}
            onDeleted={() => {
              setUrl(null);
              setCopyStatus(null);
              announce(t('readingLists.share.revoked'));
              // « Révoquer le lien » is gone: the section's heading keeps the focus.
              document.getElementById(headingId)?.focus();
            }}
          />
        )}
      </div>
      {list.hasShareLink && <p className="field-hint">{t('readingLists.share.replaceHint')}</p>}
    </section>
  );
}
