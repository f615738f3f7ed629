import { useMutation } from '@apollo/client/react';
import { KIT_PHOTO_LIMITS } from '@culture-commune/shared';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { IMAGE_ACCEPT, imageProblem, postImage } from '../../../shared/image-upload';
import { RemoveKitPhotoMutation } from '../graphql/kits.documents';

interface Photo {
  id: string;
  url: string;
  altText: string;
}

const MEGABYTES = KIT_PHOTO_LIMITS.maxBytes / 1024 / 1024;

/**
 * A kit's photos, each with its description as alternative text; for those who manage the kit, « Retirer » on each
 * and a form to add one (PNG, JPEG or WebP with a required description, sent as bytes to `POST /malles/<slug>/photos`).
 */
export function KitPhotos({
  slug,
  photos,
  canManage,
  onChanged,
}: {
  slug: string;
  photos: Photo[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [sending, setSending] = useState(false);
  const [remove] = useMutation(RemoveKitPhotoMutation);

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return setStatus({ error: true, text: t('kits.photos.fileRequired') });
    if (!alt.trim()) return setStatus({ error: true, text: t('kits.photos.altRequired') });
    const problem = imageProblem(file, KIT_PHOTO_LIMITS.maxBytes);
    if (problem) return setStatus({ error: true, text: t(`kits.photos.${problem}`, { count: MEGABYTES }) });
    setSending(true);
    const failure = await postImage(
      `/malles/${encodeURIComponent(slug)}/photos?alt=${encodeURIComponent(alt.trim())}`,
      file,
    );
    setSending(false);
    if (failure !== null) return setStatus({ error: true, text: failure || t('kits.photos.failed') });
    setAlt('');
    if (fileInput.current) fileInput.current.value = '';
    setStatus({ error: false, text: t('kits.photos.saved') });
    onChanged();
  };

  const removePhoto = async (photo: Photo) => {
    setStatus(null);
    try {
      await remove({ variables: { id: photo.id } });
      setStatus({ error: false, text: t('kits.photos.removed') });
      onChanged();
    } catch {
      setStatus({ error: true, text: t('kits.photos.removeFailed') });
    }
  };

  if (!photos.length && !canManage) return null;
  const full = photos.length >= KIT_PHOTO_LIMITS.perKit;
  return (
    <section className="kit-photos" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('kits.photos.title')}</h2>
      {photos.length > 0 ? (
        <ul className="kit-photo-list">
          {photos.map((photo) => (
            <li key={photo.id} className="kit-photo">
              <img src={photo.url} alt={photo.altText} loading="lazy" />
              {canManage && (
                <button type="button" className="button-link" onClick={() => void removePhoto(photo)}>
                  {t('kits.photos.remove')}
                  <span className="visually-hidden"> {t('kits.photos.removeWhich', { alt: photo.altText })}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('kits.photos.none')}</p>
      )}
      {canManage && !full && (
        <form className="kit-photo-form" onSubmit={(event) => void add(event)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('kits.photos.file')}</label>
            <p className="field-hint" id={`${id}-file-hint`}>
              {t('kits.photos.hint', { count: MEGABYTES, max: KIT_PHOTO_LIMITS.perKit })}
            </p>
            <input
              id={`${id}-file`}
              ref={fileInput}
              type="file"
              accept={IMAGE_ACCEPT}
              required
              aria-describedby={`${id}-file-hint`}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-alt`}>{t('kits.photos.alt')}</label>
            <p className="field-hint" id={`${id}-alt-hint`}>
              {t('kits.photos.altHint')}
            </p>
            <input
              id={`${id}-alt`}
              type="text"
              required
              aria-required="true"
              maxLength={KIT_PHOTO_LIMITS.altText}
              aria-describedby={`${id}-alt-hint`}
              value={alt}
              onChange={(event) => setAlt(event.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={sending}>
            {t('kits.photos.add')}
          </button>
        </form>
      )}
      <p
        role="status"
        className={status ? `notice ${status.error ? 'notice-error' : 'notice-success'}` : 'visually-hidden'}
      >
        {status?.text ?? ''}
      </p>
    </section>
  );
}
