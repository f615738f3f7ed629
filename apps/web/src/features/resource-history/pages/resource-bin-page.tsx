import { useMutation, useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useId, useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { ResourceBinQuery as ResourceBinData } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate, formatDateTime } from '../../../shared/format-date';
import { errorMessage, hasErrorCode } from '../../../shared/graphql-errors';
import { paths } from '../../../shared/paths';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { CoordinatorsOnly, RequireCoordinator } from '../../../shared/viewer/require-admin';
import { ResourceBinQuery, RestoreResourceMutation } from '../graphql/resource-history.documents';

type Binned = ResourceBinData['resourceBin']['items'][number];
type Status = { kind: 'success' | 'error'; text: string; slug?: string } | null;

function BinRow({ item, onStatus }: { item: Binned; onStatus: (status: Status) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [restore, { loading }] = useMutation(RestoreResourceMutation, {
    refetchQueries: [ResourceBinQuery],
    awaitRefetchQueries: true,
  });
  const run = async () => {
    try {
      const result = await restore({ variables: { slug: item.slug } });
      const slug = result.data?.restoreResource.slug ?? item.slug;
      onStatus({ kind: 'success', text: t('bin.restored', { title: item.title }), slug });
    } catch (error) {
      onStatus({ kind: 'error', text: t('bin.restoreError', { message: errorMessage(error) }) });
    }
  };
  return (
    <tr>
      <th scope="row" className="cell-wrap">
        {item.title}
      </th>
      <td>
        <time dateTime={item.deletedAt}>{formatDateTime(item.deletedAt, language)}</time>
      </td>
      <td>{item.deletedBy?.name ?? t('bin.unknown')}</td>
      <td>
        <time dateTime={item.purgeAt}>{formatDate(item.purgeAt, language)}</time>
      </td>
      <td>
        <button type="button" className="button" onClick={() => void run()} disabled={loading}>
          {loading ? (
            t('bin.restoring')
          ) : (
            <Trans
              i18nKey="bin.restore"
              values={{ title: item.title }}
              components={{ hidden: <span className="visually-hidden" /> }}
            />
          )}
        </button>
      </td>
    </tr>
  );
}

function Bin() {
  const { t } = useTranslation();
  const captionId = useId();
  const [status, setStatus] = useState<Status>(null);
  // Always asked again: resources are deleted between two visits.
  const { data, error, refetch } = useQuery(ResourceBinQuery, { fetchPolicy: 'cache-and-network' });

  if (hasErrorCode(error, ERROR_CODES.forbidden)) return <CoordinatorsOnly />;
  if (error && !data) return <LoadError text={t('bin.error')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage text={t('bin.loading')} />;

  const { items, retentionDays } = data.resourceBin;
  return (
    <>
      <p className="lead">{t('bin.intro', { count: retentionDays })}</p>
      <AdminLinks current="bin" />
      <div
        role="status"
        className={status ? `notice${status.kind === 'success' ? ' notice-success' : ''}` : 'visually-hidden'}
      >
        {status && (
          <p>
            {status.text} {status.slug && <Link to={paths.resource(status.slug)}>{t('bin.restoredLink')}</Link>}
          </p>
        )}
      </div>
      {items.length === 0 ? (
        <p className="notice">{t('bin.empty')}</p>
      ) : (
        // Scrolls sideways on narrow screens: focusable so that the keyboard can scroll it too.
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table">
            <caption id={captionId}>{t('bin.caption', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bin.columns.title')}</th>
                <th scope="col">{t('bin.columns.deletedAt')}</th>
                <th scope="col">{t('bin.columns.deletedBy')}</th>
                <th scope="col">{t('bin.columns.purgeAt')}</th>
                <th scope="col">{t('bin.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <BinRow key={item.id} item={item} onStatus={setStatus} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Coordinators and admins: deleted resources waiting in the bin, each with « Restaurer ». */
export function ResourceBinPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('bin.title'));
  return (
    <div className="admin-page">
      <h1>{t('bin.title')}</h1>
      <RequireCoordinator>{() => <Bin />}</RequireCoordinator>
    </div>
  );
}
