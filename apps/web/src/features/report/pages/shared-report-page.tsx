import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useParams } from 'react-router';
import { errorMessage, isNotFound } from '../../../shared/graphql-errors';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { ReportView } from '../components/report-view';
import { SharedActivityReportQuery } from '../graphql/report.documents';

/** `/rapport/partage/<token>`: a report shared read-only, for anyone holding the link, without an account. */
export function SharedReportPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  useDocumentTitle(t('report.sharedTitle'));
  const { data, error, refetch } = useQuery(SharedActivityReportQuery, { variables: { token } });
  return (
    <div className="report-page">
      <h1>{t('report.sharedTitle')}</h1>
      {isNotFound(error) ? (
        <p className="notice">{errorMessage(error)}</p>
      ) : error ? (
        <LoadError text={t('report.error')} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingMessage text={t('report.loading')} />
      ) : (
        <ReportView report={data.sharedActivityReport} source={{ token }} />
      )}
    </div>
  );
}
