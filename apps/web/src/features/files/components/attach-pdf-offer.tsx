import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { attachFromLink } from '../attach-from-link';
import type { UploadedFile } from '../upload-client';

/** « Joindre ce PDF comme fichier »: the API fetches the pasted PDF and keeps it, as if it had been uploaded. */
export function AttachPdfOffer({
  url,
  onAttached,
  fetch,
}: {
  url: string;
  onAttached: (file: UploadedFile) => void;
  fetch?: typeof globalThis.fetch;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: 'idle' | 'busy' | 'done' } | { status: 'error'; message: string }>({
    status: 'idle',
  });
  if (state.status === 'done') return null;
  const attach = async () => {
    setState({ status: 'busy' });
    try {
      onAttached(await attachFromLink(url, fetch));
      setState({ status: 'done' });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="attach-pdf">
      <button
        type="button"
        className="button button-secondary"
        disabled={state.status === 'busy'}
        onClick={() => void attach()}
      >
        {state.status === 'busy' ? t('files.field.attachingPdf') : t('files.field.attachPdf')}
      </button>
      <p role="status" className={state.status === 'error' ? 'field-error' : 'visually-hidden'}>
        {state.status === 'error' &&
          t('files.field.attachPdfFailed', { message: state.message || t('files.field.connectionLost') })}
      </p>
    </div>
  );
}
