import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useReportLabels, type ReportTableData } from '../hooks/use-report-labels';
import { ReportTable } from './report-table';

const WIDTH = 640;
const LABEL_WIDTH = 200;
const ROW = 26;
const SERIES = 6;

/** The text a screen reader reads instead of the drawing, also shown for copying. */
function useSummary(table: ReportTableData, column: number) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const title = labels.tableTitle(table.id);
  if (table.rows.length === 0) return t('report.chartSummaryEmpty', { title });
  const items = table.rows
    .map((row) =>
      t('report.chartItem', {
        label: labels.rowLabel(table, row),
        value: labels.cell(row.values[column], row.suppressed[column]),
      }),
    )
    .join(', ');
  return t('report.chartSummary', { title, items });
}

/**
 * Horizontal bars drawn in SVG with classes only (decision 0038: the content security policy forbids inline styles),
 * then the text summary and « Voir le tableau ».
 */
export function BarChart({ table, column, fileStem }: { table: ReportTableData; column: number; fileStem: string }) {
  const labels = useReportLabels();
  const summaryId = useId();
  const summary = useSummary(table, column);
  const max = Math.max(1, ...table.rows.map((row) => row.values[column] ?? 0));
  const height = Math.max(1, table.rows.length) * ROW;
  const barSpace = WIDTH - LABEL_WIDTH - 60;
  return (
    <figure className="report-chart" data-chart={table.id}>
      <figcaption>
        <h3>{labels.tableTitle(table.id)}</h3>
      </figcaption>
      {table.rows.length > 0 && (
        <svg
          className="chart-svg"
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-labelledby={summaryId}
          focusable="false"
        >
          {table.rows.map((row, index) => {
            const value = row.values[column] ?? 0;
            const y = index * ROW;
            return (
              <g key={`${row.key}-${index}`} className="chart-row">
                <text
                  className="chart-label"
                  x={LABEL_WIDTH - 8}
                  y={y + ROW / 2}
                  dominantBaseline="middle"
                  textAnchor="end"
                >
                  {truncate(labels.rowLabel(table, row))}
                </text>
                <rect
                  className="chart-bar"
                  x={LABEL_WIDTH}
                  y={y + 4}
                  width={Math.max(value > 0 ? 2 : 0, (value / max) * barSpace)}
                  height={ROW - 8}
                />
                <text
                  className="chart-value"
                  x={LABEL_WIDTH + (value / max) * barSpace + 6}
                  y={y + ROW / 2}
                  dominantBaseline="middle"
                >
                  {labels.cell(row.values[column], row.suppressed[column])}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      <ReportTable table={table} fileStem={fileStem} />
    </figure>
  );
}

/** One stacked bar per period (this one, the previous one): each row's share of the column's total. */
export function StackedChart({
  table,
  column,
  fileStem,
}: {
  table: ReportTableData;
  column: number;
  fileStem: string;
}) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const summaryId = useId();
  const summary = useSummary(table, column);
  const periods = [
    { name: t('report.stackedPeriod.current'), values: table.rows.map((row) => row.values[column] ?? 0) },
    { name: t('report.stackedPeriod.previous'), values: table.rows.map((row) => row.previous[column] ?? 0) },
  ];
  const barSpace = WIDTH - LABEL_WIDTH;
  return (
    <figure className="report-chart" data-chart={table.id}>
      <figcaption>
        <h3>{labels.tableTitle(table.id)}</h3>
      </figcaption>
      {table.rows.length > 0 && (
        <>
          <svg
            className="chart-svg"
            viewBox={`0 0 ${WIDTH} ${ROW * 2 + 8}`}
            role="img"
            aria-labelledby={summaryId}
            focusable="false"
          >
            {periods.map((period, p) => {
              const total = period.values.reduce((sum, value) => sum + value, 0);
              let x = LABEL_WIDTH;
              return (
                <g key={period.name} className="chart-row">
                  <text
                    className="chart-label"
                    x={LABEL_WIDTH - 8}
                    y={p * (ROW + 8) + ROW / 2}
                    dominantBaseline="middle"
                    textAnchor="end"
                  >
                    {period.name}
                  </text>
                  {period.values.map((value, i) => {
                    const width = total === 0 ? 0 : (value / total) * barSpace;
                    const rect = (
                      <rect
                        key={i}
                        className={`chart-segment chart-series-${i % SERIES}`}
                        x={x}
                        y={p * (ROW + 8) + 2}
                        width={width}
                        height={ROW - 4}
                      />
                    );
                    x += width;
                    return rect;
                  })}
                </g>
              );
            })}
          </svg>
          <ul className="chart-legend">
            {table.rows.map((row, i) => (
              <li key={`${row.key}-${i}`}>
                <svg className="chart-swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                  <rect className={`chart-series-${i % SERIES}`} width="10" height="10" />
                </svg>
                {labels.rowLabel(table, row)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      <ReportTable table={table} fileStem={fileStem} />
    </figure>
  );
}

const truncate = (text: string) => (text.length > 28 ? `${text.slice(0, 27)}…` : text);
