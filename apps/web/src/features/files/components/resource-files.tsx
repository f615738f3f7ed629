import { fileTypeOfMediaType } from '@culture-commune/shared';
import { useTranslation } from '../../../i18n/use-translation';
import type { ResourceFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatFileSize } from '../file-sizes';

type ResourceFile = ResourceFieldsFragment['files'][number];

/** What a person reads about a file's text: being extracted, a scanned PDF, why it failed, or its page count. */
function TextStatus({ file }: { file: ResourceFile }) {
  const { t } = useTranslation();
  if (file.textStatus === 'pending' || file.textStatus === 'image_only') {
    return <span className="file-text-status">{t(`files.list.text.${file.textStatus}`)}</span>;
  }
  if (file.textStatus === 'failed') {
    return <span className="file-text-status">{t('files.list.text.failed', { message: file.textError ?? '' })}</span>;
  }
  return file.pageCount ? <span>{t('files.list.pages', { count: file.pageCount })}</span> : null;
}

/** The files on a resource's page: main first, each with its thumbnail, type, size, « Télécharger » and « Ouvrir ». */
export function ResourceFiles({ files }: { files: readonly ResourceFile[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  if (files.length === 0) return null;
  const ordered = [...files.filter((file) => file.isMain), ...files.filter((file) => !file.isMain)];
  const hidden = (name: string) => <span className="visually-hidden"> {name}</span>;
  return (
    <section aria-labelledby="resource-files">
      <h2 id="resource-files">{t('files.list.title')}</h2>
      <ul className="resource-files">
        {ordered.map((file) => (
          <li key={file.id} className="resource-file">
            {file.thumbnailUrl && (
              <img
                className="file-thumbnail"
                src={file.thumbnailUrl}
                alt={t('files.list.thumbnailAlt', { name: file.fileName })}
                width={72}
                height={96}
                loading="lazy"
              />
            )}
            <div className="resource-file-body">
              <p className="resource-file-name">
                {file.fileName}
                {file.isMain && files.length > 1 && <span className="badge">{t('files.list.main')}</span>}
              </p>
              <p className="resource-file-meta">
                <span>{fileTypeOfMediaType(file.mediaType)?.label ?? file.extension.toUpperCase()}</span>
                <span>{formatFileSize(file.size, language)}</span>
                <TextStatus file={file} />
              </p>
              <p className="resource-file-actions">
                <a href={file.downloadUrl} download={file.fileName} className="button button-small">
                  {t('files.list.download')}
                  {hidden(file.fileName)}
                </a>
                {file.previewUrl && (
                  <a
                    href={file.previewUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="button button-small button-secondary"
                  >
                    {t('files.list.open')}
                    {hidden(`${file.fileName} ${t('files.list.newTab')}`)}
                  </a>
                )}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
