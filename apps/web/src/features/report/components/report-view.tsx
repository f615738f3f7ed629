import { REPORT_SECTIONS, type ReportSectionId } from '@culture-commune/shared';
import { useTranslation } from '../../../i18n/use-translation';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDay } from '../../../shared/format-date';
import { useReportLabels, type ReportData, type ReportTableData } from '../hooks/use-report-labels';
import { BarChart, StackedChart } from './report-charts';
import type { ReportSource } from '../hooks/report-url';
import { ReportExports } from './report-exports';
import { ReportTable } from './report-table';

/** Tables drawn as charts (which column); the others are shown as tables. */
const CHARTS: Record<string, { kind: 'bars' | 'stacked'; column: number }> = {
  fieldWorkByMonth: { kind: 'bars', column: 1 },
  fieldWorkByTheme: { kind: 'bars', column: 0 },
  fieldWorkByAgeBand: { kind: 'stacked', column: 1 },
  contributionsByOrganisation: { kind: 'bars', column: 0 },
  loansByOwner: { kind: 'bars', column: 0 },
};

/**
 * The whole report: its PDF and ODS exports, then per section its figures with the comparison, then its charts and
 * tables. `source`: the question the exports ask the API (the page's period and filters, or the share link's token).
 */
export function ReportView({ report, source }: { report: ReportData; source: ReportSource }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const labels = useReportLabels();
  const fileStem = `rapport-${report.period.from}-${report.period.to}`;
  const day = (value: string) => formatDay(value, language);
  const block = (table: ReportTableData) => {
    const chart = CHARTS[table.id];
    if (!chart) return <ReportTable key={table.id} table={table} open fileStem={fileStem} />;
    const Chart = chart.kind === 'stacked' ? StackedChart : BarChart;
    return <Chart key={table.id} table={table} column={chart.column} fileStem={fileStem} />;
  };
  return (
    <div className="report">
      <p className="report-period">
        {t('report.period.summary', {
          from: day(report.period.from),
          to: day(report.period.to),
          previousFrom: day(report.previousPeriod.from),
          previousTo: day(report.previousPeriod.to),
        })}
      </p>
      {report.shared && <p className="notice">{t('report.sharedNotice')}</p>}
      <ReportExports source={source} fileStem={fileStem} />
      {REPORT_SECTIONS.map((section: ReportSectionId) => (
        <section key={section} className="report-section" aria-labelledby={`rapport-${section}`}>
          <h2 id={`rapport-${section}`}>{t(`report.sections.${section}`)}</h2>
          <dl className="report-figures">
            {report.figures
              .filter((figure) => figure.section === section)
              .map((figure) => (
                <div key={figure.id} className="report-figure" data-figure={figure.id}>
                  <dt>{labels.figureLabel(figure.id)}</dt>
                  <dd className="report-figure-value">{labels.figureValue(figure.id, figure.value)}</dd>
                  <dd className="report-figure-change">{labels.change(figure)}</dd>
                </div>
              ))}
          </dl>
          {report.tables.filter((table) => table.section === section).map(block)}
        </section>
      ))}
      {report.shared && <p className="field-hint">{t('report.suppressedNote')}</p>}
    </div>
  );
}
