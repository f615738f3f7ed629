import { useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { ServiceStatusQuery as ServiceStatusData } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/format-date';
import { hasErrorCode } from '../../../shared/graphql-errors';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { AdminOnly, RequireAdmin } from '../../../shared/viewer/require-admin';
import { ServiceStatusQuery } from '../graphql/admin.documents';
import { FailedJobsList } from './failed-jobs-page';

type Status = ServiceStatusData['serviceStatus'];

const KNOWN_QUEUES = ['mail', 'digest', 'resource-bin-purge', 'link-check-sweep', 'link-check-batch'] as const;

/** A wait in words: seconds below two minutes, then minutes, then hours. */
function useDuration() {
  const { t } = useTranslation();
  return (seconds: number) => {
    if (seconds < 120) return t('admin.status.duration.seconds', { count: Math.round(seconds) });
    if (seconds < 7200) return t('admin.status.duration.minutes', { count: Math.round(seconds / 60) });
    return t('admin.status.duration.hours', { count: Math.round(seconds / 3600) });
  };
}

function Queues({ queues }: { queues: Status['jobQueues'] }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const captionId = useId();
  if (queues.length === 0) return <p className="notice">{t('admin.status.queues.empty')}</p>;
  const label = (queue: string) =>
    (KNOWN_QUEUES as readonly string[]).includes(queue)
      ? t(`admin.jobs.queues.${queue as (typeof KNOWN_QUEUES)[number]}`)
      : queue;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{t('admin.status.queues.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.status.queues.columns.queue')}</th>
            <th scope="col">{t('admin.status.queues.columns.due')}</th>
            <th scope="col">{t('admin.status.queues.columns.scheduled')}</th>
            <th scope="col">{t('admin.status.queues.columns.running')}</th>
            <th scope="col">{t('admin.status.queues.columns.failed')}</th>
            <th scope="col">{t('admin.status.queues.columns.oldest')}</th>
          </tr>
        </thead>
        <tbody>
          {queues.map((queue) => (
            <tr key={queue.queue}>
              <th scope="row">{label(queue.queue)}</th>
              <td>{queue.due}</td>
              <td>{queue.scheduled}</td>
              <td>{queue.running}</td>
              <td>{queue.failed}</td>
              <td>{queue.due > 0 ? duration(queue.oldestDueAgeSeconds) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StatusSections({ status }: { status: Status }) {
  const { t, i18n } = useTranslation();
  const duration = useDuration();
  const language = currentLanguage(i18n);
  const { versions, lastBackup } = status;
  return (
    <>
      <section aria-labelledby="etat-recherche">
        <h2 id="etat-recherche">{t('admin.status.search.title')}</h2>
        <dl className="status-list">
          <dt>{t('admin.status.search.lag')}</dt>
          <dd>{status.outboxPending === 0 ? t('admin.status.search.upToDate') : duration(status.indexLagSeconds)}</dd>
          <dt>{t('admin.status.search.pending')}</dt>
          <dd>{status.outboxPending}</dd>
        </dl>
      </section>
      <section aria-labelledby="etat-files">
        <h2 id="etat-files">{t('admin.status.queues.title')}</h2>
        <Queues queues={status.jobQueues} />
      </section>
      <section aria-labelledby="etat-echecs">
        <h2 id="etat-echecs">{t('admin.status.failed.title')}</h2>
        <FailedJobsList />
      </section>
      <section aria-labelledby="etat-sauvegarde">
        <h2 id="etat-sauvegarde">{t('admin.status.backup.title')}</h2>
        {lastBackup ? (
          <dl className="status-list">
            <dt>{t('admin.status.backup.last')}</dt>
            <dd>
              <time dateTime={lastBackup.completedAt}>{formatDateTime(lastBackup.completedAt, language)}</time>
            </dd>
            {lastBackup.archive ? (
              <>
                <dt>{t('admin.status.backup.archive')}</dt>
                <dd>{lastBackup.archive}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p className="notice">{t('admin.status.backup.none')}</p>
        )}
      </section>
      <section aria-labelledby="etat-versions">
        <h2 id="etat-versions">{t('admin.status.versions.title')}</h2>
        {status.pendingMigrations > 0 ? (
          <p className="notice" role="alert">
            {t('admin.status.versions.pendingMigrations', { count: status.pendingMigrations })}
          </p>
        ) : null}
        <dl className="status-list">
          <dt>{t('admin.status.versions.app')}</dt>
          <dd>{versions.app}</dd>
          <dt>{t('admin.status.versions.postgres')}</dt>
          <dd>{versions.postgres}</dd>
          <dt>{t('admin.status.versions.meilisearch')}</dt>
          <dd>{versions.meilisearch ?? t('admin.status.versions.unreachable')}</dd>
          <dt>{t('admin.status.versions.lastMigration')}</dt>
          <dd>{versions.lastMigration ?? t('admin.status.versions.none')}</dd>
        </dl>
      </section>
    </>
  );
}

function ServiceStatus() {
  const { t } = useTranslation();
  // Always asked again: the state changes between two visits.
  const { data, error, refetch, loading } = useQuery(ServiceStatusQuery, { fetchPolicy: 'cache-and-network' });
  if (hasErrorCode(error, ERROR_CODES.forbidden)) return <AdminOnly />;
  return (
    <>
      <p className="lead">{t('admin.status.intro')}</p>
      <AdminLinks current="status" />
      {error && !data ? <LoadError text={t('admin.status.error')} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <LoadingMessage text={t('common.loading')} /> : null}
      {data ? (
        <>
          <p>
            <button type="button" onClick={() => void refetch()} disabled={loading}>
              {t('admin.status.refresh')}
            </button>
          </p>
          <StatusSections status={data.serviceStatus} />
        </>
      ) : null}
    </>
  );
}

/** Admins only: « État du service » — index lag, job queues and failed jobs, last backup, versions. */
export function ServiceStatusPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.status.title'));
  return (
    <div className="admin-page">
      <h1>{t('admin.status.title')}</h1>
      <RequireAdmin>{() => <ServiceStatus />}</RequireAdmin>
    </div>
  );
}
