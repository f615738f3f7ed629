import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { ImportBatchFieldsFragment } from '../../../generated/graphql';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { RequireCoordinator } from '../../../shared/viewer/require-admin';
import { BatchChoices } from '../components/batch-choices';
import { ColumnMapping } from '../components/column-mapping';
import { ImportFileForm } from '../components/import-file-form';
import { ImportProgress } from '../components/import-progress';
import { PreviewTable } from '../components/preview-table';
import { ImportBatchQuery } from '../graphql/imports.documents';

/** New rows are ticked; duplicates and invalid rows are not (invalid ones cannot be). */
const defaultTicks = (batch: ImportBatchFieldsFragment) =>
  new Set(batch.rows.filter((row) => row.status === 'new').map((row) => row.n));

function Preview({ batch }: { batch: ImportBatchFieldsFragment }) {
  const { t } = useTranslation();
  // Ticks start again from the statuses whenever the rows are read again (another column mapping).
  const [ticks, setTicks] = useState<{ rows: unknown; set: Set<number> }>({
    rows: batch.rows,
    set: defaultTicks(batch),
  });
  const ticked = ticks.rows === batch.rows ? ticks.set : defaultTicks(batch);
  const toggle = (n: number) => {
    const next = new Set(ticked);
    if (next.has(n)) next.delete(n);
    else next.add(n);
    setTicks({ rows: batch.rows, set: next });
  };
  const counts = useMemo(() => {
    const result = { new: 0, duplicate: 0, invalid: 0 };
    for (const row of batch.rows) result[row.status] += 1;
    return result;
  }, [batch.rows]);
  const skippedRows = batch.rows.filter((row) => row.status !== 'invalid' && !ticked.has(row.n)).map((row) => row.n);

  return (
    <>
      {batch.format === 'csv' && batch.csvHeaders && batch.csvMapping && (
        <ColumnMapping batchId={batch.id} headers={batch.csvHeaders} mapping={batch.csvMapping} />
      )}
      <section aria-labelledby="import-preview-title">
        <h2 id="import-preview-title">{t('imports.preview.title')}</h2>
        <p>{t('imports.summary', { fileName: batch.fileName, total: batch.rows.length, ...counts })}</p>
        <PreviewTable rows={batch.rows} ticked={ticked} onToggle={toggle} />
      </section>
      <BatchChoices batchId={batch.id} skippedRows={skippedRows} tickedCount={ticked.size} />
    </>
  );
}

function Batch({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ImportBatchQuery, { variables: { id } });
  if (loading && !data) return <LoadingMessage text={t('imports.loading')} />;
  if (error || !data) return <LoadError text={t('imports.loadError')} onRetry={() => void refetch()} />;
  const batch = data.importBatch;
  return batch.state === 'preview' ? <Preview batch={batch} /> : <ImportProgress batchId={batch.id} />;
}

/** /importer: file → (CSV: columns) → preview → choices → import → progress → report. */
export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('imports.title'));
  const [batchId, setBatchId] = useState<string | null>(null);
  return (
    <RequireCoordinator>
      {() => (
        <div className="page import-page">
          <h1>{t('imports.title')}</h1>
          <p>{t('imports.intro')}</p>
          {batchId ? (
            <>
              <Batch id={batchId} />
              <p>
                <button type="button" className="button button-secondary" onClick={() => setBatchId(null)}>
                  {t('imports.again')}
                </button>
              </p>
            </>
          ) : (
            <ImportFileForm onUploaded={setBatchId} />
          )}
          <AdminLinks current="imports" />
        </div>
      )}
    </RequireCoordinator>
  );
}
