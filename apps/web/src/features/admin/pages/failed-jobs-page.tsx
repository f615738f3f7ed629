import { useMutation, useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useId, useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import type { FailedJobsQuery as FailedJobsData } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/format-date';
import { errorMessage, hasErrorCode } from '../../../shared/graphql-errors';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { AdminOnly, RequireAdmin } from '../../../shared/viewer/require-admin';
import { FailedJobsQuery, RetryJobMutation } from '../graphql/admin.documents';

type FailedJob = FailedJobsData['failedJobs'][number];
type Status = { kind: 'success' | 'error'; text: string } | null;

const KNOWN_QUEUES = ['mail', 'digest', 'resource-bin-purge', 'link-check-sweep', 'link-check-batch'] as const;

function JobRow({ job, onRetried }: { job: FailedJob; onRetried: (status: Status) => void }) {
  const { t, i18n } = useTranslation();
  const [retryJob, { loading }] = useMutation(RetryJobMutation, { refetchQueries: [FailedJobsQuery] });
  const queue = (KNOWN_QUEUES as readonly string[]).includes(job.queue)
    ? t(`admin.jobs.queues.${job.queue as (typeof KNOWN_QUEUES)[number]}`)
    : job.queue;
  const retry = async () => {
    try {
      await retryJob({ variables: { id: job.id } });
      onRetried({ kind: 'success', text: t('admin.jobs.retried', { summary: job.summary }) });
    } catch (error) {
      onRetried({ kind: 'error', text: t('admin.jobs.retryFailed', { message: errorMessage(error) }) });
    }
  };
  return (
    <tr>
      <th scope="row">
        {job.failedAt ? (
          <time dateTime={job.failedAt}>{formatDateTime(job.failedAt, currentLanguage(i18n))}</time>
        ) : (
          '—'
        )}
      </th>
      <td>{queue}</td>
      <td className="cell-wrap">{job.summary}</td>
      <td>{job.attempts}</td>
      <td className="cell-wrap">{job.lastError ?? '—'}</td>
      <td>
        <button type="button" onClick={() => void retry()} disabled={loading}>
          {loading ? (
            t('admin.jobs.retrying')
          ) : (
            <Trans
              i18nKey="admin.jobs.retry"
              values={{ id: job.id }}
              components={{ hidden: <span className="visually-hidden" /> }}
            />
          )}
        </button>
      </td>
    </tr>
  );
}

/** The failed jobs with a retry button each (also on « État du service »). */
export function FailedJobsList() {
  const { t } = useTranslation();
  const captionId = useId();
  const [status, setStatus] = useState<Status>(null);
  // Always asked again: jobs fail between two visits.
  const { data, error, refetch } = useQuery(FailedJobsQuery, { fetchPolicy: 'cache-and-network' });

  if (hasErrorCode(error, ERROR_CODES.forbidden)) return <AdminOnly />;
  if (error && !data) return <LoadError text={t('admin.jobs.error')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage text={t('common.loading')} />;

  const jobs = data.failedJobs;
  return (
    <>
      <p
        role="status"
        className={status ? `notice${status.kind === 'success' ? ' notice-success' : ''}` : 'visually-hidden'}
      >
        {status?.text}
      </p>
      {jobs.length === 0 ? (
        <p className="notice">{t('admin.jobs.empty')}</p>
      ) : (
        // Scrolls sideways on narrow screens: focusable so that the keyboard can scroll it too.
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table">
            <caption id={captionId}>{t('admin.jobs.caption', { count: jobs.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.jobs.columns.failedAt')}</th>
                <th scope="col">{t('admin.jobs.columns.queue')}</th>
                <th scope="col">{t('admin.jobs.columns.summary')}</th>
                <th scope="col">{t('admin.jobs.columns.attempts')}</th>
                <th scope="col">{t('admin.jobs.columns.error')}</th>
                <th scope="col">{t('admin.jobs.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <JobRow key={job.id} job={job} onRetried={setStatus} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Admins only: the dead-letter list of the job queue, with a retry button per job. */
export function FailedJobsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.jobs.title'));
  return (
    <div className="admin-page">
      <h1>{t('admin.jobs.title')}</h1>
      <RequireAdmin>
        {() => (
          <>
            <p className="lead">{t('admin.jobs.intro')}</p>
            <AdminLinks current="jobs" />
            <FailedJobsList />
          </>
        )}
      </RequireAdmin>
    </div>
  );
}
