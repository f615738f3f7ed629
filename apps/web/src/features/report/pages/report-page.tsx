import { useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useSearchParams } from 'react-router';
import { errorMessage, hasErrorCode } from '../../../shared/graphql-errors';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { CoordinatorsOnly, RequireCoordinator } from '../../../shared/viewer/require-admin';
import { ReportControls } from '../components/report-controls';
import { ReportView } from '../components/report-view';
import { ShareLinks } from '../components/share-links';
import { ActivityReportQuery } from '../graphql/report.documents';
import { choiceFromSearch, parisToday, reportInput, searchFromChoice } from '../hooks/report-url';

function Report() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const today = useMemo(() => parisToday(), []);
  const choice = useMemo(() => choiceFromSearch(search, today), [search, today]);
  const { data, previousData, error, loading, refetch } = useQuery(ActivityReportQuery, {
    variables: { input: reportInput(choice) },
  });
  const report = data?.activityReport ?? (loading ? previousData?.activityReport : undefined);

  if (hasErrorCode(error, ERROR_CODES.forbidden)) return <CoordinatorsOnly />;
  return (
    <>
      <p className="lead">{t('report.intro')}</p>
      <ReportControls
        key={search.toString()}
        choice={choice}
        today={today}
        onChange={(next) => setSearch(searchFromChoice(next))}
      />
      {error && hasErrorCode(error, ERROR_CODES.badUserInput) ? (
        <p role="alert" className="notice notice-error">
          {errorMessage(error)}
        </p>
      ) : error ? (
        <LoadError text={t('report.error')} onRetry={() => void refetch()} />
      ) : null}
      {loading && <LoadingMessage text={t('report.loading')} />}
      {report && !error && (
        <div aria-busy={loading}>
          <ReportView report={report} source={{ choice }} />
          <ShareLinks choice={choice} />
        </div>
      )}
    </>
  );
}

/** `/rapport`: the network's activity report, for coordinators and admins. */
export function ReportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('report.title'));
  return (
    <div className="report-page">
      <h1>{t('report.title')}</h1>
      <RequireCoordinator>{() => <Report />}</RequireCoordinator>
    </div>
  );
}
