import { LOGO_LIMITS } from '@culture-commune/shared';
import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { IMAGE_ACCEPT, imageProblem, postImage } from '../../../shared/image-upload';

/**
 * Admins send an organisation's logo (PNG, JPEG or WebP; the API checks the bytes and refuses SVG): the image's bytes
 * go to `POST /logos/structures/<slug>` as they are, then the page asks for the organisation again.
 */
export function LogoUpload({ slug, onUploaded }: { slug: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [sending, setSending] = useState(false);

  const send = async (file: File) => {
    setStatus(null);
    const problem = imageProblem(file, LOGO_LIMITS.maxBytes);
    if (problem) {
      setStatus({
        error: true,
        text: t(`organisation.logo.${problem}`, { count: LOGO_LIMITS.maxBytes / 1024 / 1024 }),
      });
      return;
    }
    setSending(true);
    const failure = await postImage(`/logos/structures/${encodeURIComponent(slug)}`, file);
    setSending(false);
    if (failure !== null) {
      setStatus({ error: true, text: failure || t('organisation.logo.failed') });
      return;
    }
    setStatus({ error: false, text: t('organisation.logo.saved') });
    onUploaded();
  };

  return (
    <div className="field logo-upload">
      <label htmlFor={id}>{t('organisation.logo.label')}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('organisation.logo.hint', { count: LOGO_LIMITS.maxBytes / 1024 / 1024 })}
      </p>
      <input
        id={id}
        type="file"
        accept={IMAGE_ACCEPT}
        disabled={sending}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void send(file);
          event.target.value = '';
        }}
      />
      <p
        role="status"
        className={status ? `notice ${status.error ? 'notice-error' : 'notice-success'}` : 'visually-hidden'}
      >
        {status?.text ?? ''}
      </p>
    </div>
  );
}
