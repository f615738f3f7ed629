import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { ImportProgressQuery } from '../graphql/imports.documents';

const POLL_MS = 1000;

/** Step 4: the job's progress, asked again every second until it is done; then the report. */
export function ImportProgress({ batchId }: { batchId: string }) {
  const { t } = useTranslation();
  const { data, startPolling, stopPolling } = useQuery(ImportProgressQuery, {
    variables: { id: batchId },
    fetchPolicy: 'cache-and-network',
  });
  const batch = data?.importBatch;
  const finished = batch?.state === 'done' || batch?.state === 'failed';
  useEffect(() => {
    if (finished) stopPolling();
    else startPolling(POLL_MS);
    return stopPolling;
  }, [finished, startPolling, stopPolling]);
  if (!batch) return null;

  return (
    <section aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">{t('imports.progress.label')}</h2>
      <progress aria-labelledby="import-progress-title" max={Math.max(batch.total, 1)} value={batch.processed} />
      <p role="status">
        {batch.state === 'done'
          ? t('imports.progress.done', { created: batch.createdCount, skipped: batch.skippedCount })
          : batch.state === 'failed'
            ? t('imports.progress.failed', { processed: batch.processed })
            : t('imports.progress.running', { processed: batch.processed, total: batch.total })}
      </p>
      {batch.reportUrl && (
        <p>
          <a href={batch.reportUrl} download>
            {t('imports.progress.report')}
          </a>
        </p>
      )}
    </section>
  );
}
