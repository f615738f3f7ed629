import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import type { ResourceHistoryQuery as ResourceHistoryData } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/format-date';
import { errorMessage } from '../../../shared/graphql-errors';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { ResourceHistoryQuery, RestoreResourceVersionMutation } from '../graphql/resource-history.documents';
import { FieldChange } from './field-change';

export type Version = ResourceHistoryData['resource']['history'][number];

interface VersionItemProps {
  slug: string;
  version: Version;
  /** Whether the viewer may restore (the resource's contributor and curators). */
  canRestore: boolean;
  onRestored: (version: number) => void;
}

/** One version: who and when, the fields it changed, and « Restaurer cette version » for those allowed. */
export function VersionItem({ slug, version, canRestore, onRestored }: VersionItemProps) {
  const { t, i18n } = useTranslation();
  const [restore, { loading, error, reset }] = useMutation(RestoreResourceVersionMutation, {
    refetchQueries: [ResourceHistoryQuery],
    awaitRefetchQueries: true,
  });
  const date = formatDateTime(version.createdAt, currentLanguage(i18n));
  const headingId = `version-${version.version}`;
  return (
    <li className="version" aria-labelledby={headingId}>
      <h2 id={headingId} className="version-title">
        {t('history.version', { version: version.version })}
        {version.current && <span className="badge">{t('history.current')}</span>}
      </h2>
      <p className="version-meta">
        <time dateTime={version.createdAt}>
          {t('history.byOn', { name: version.author?.name ?? t('history.unknownAuthor'), date })}
        </time>
      </p>
      {version.changes.length === 0 ? (
        <p>{t('history.noChange')}</p>
      ) : (
        <dl className="version-changes">
          {version.changes.map((change) => (
            <FieldChange key={change.field} change={change} />
          ))}
        </dl>
      )}
      {canRestore && !version.current && (
        <ConfirmButton
          label={t('history.restore')}
          className="button-secondary"
          title={t('history.restoreTitle', { version: version.version })}
          text={t('history.restoreText', { version: version.version })}
          confirmLabel={t('history.restoreConfirm')}
          busyLabel={t('history.restoring')}
          busy={loading}
          errorText={error ? t('history.restoreError', { message: errorMessage(error) }) : null}
          onOpen={reset}
          onConfirm={() => restore({ variables: { slug, version: version.version } })}
          onDone={() => onRestored(version.version)}
        />
      )}
    </li>
  );
}
