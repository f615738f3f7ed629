import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';
import { downloadCsv, toCsv } from '../hooks/report-csv';
import { useReportLabels, type ReportTableData } from '../hooks/use-report-labels';

/** A report table in « Voir le tableau » (or open, for rankings), with its CSV export. */
export function ReportTable({
  table,
  open = false,
  fileStem,
}: {
  table: ReportTableData;
  open?: boolean;
  fileStem: string;
}) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const captionId = useId();
  const text = labels.tableText(table);
  const title = labels.tableTitle(table.id);
  const body = (
    <>
      {table.rows.length === 0 && <p className="notice">{t('report.noRows')}</p>}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table report-table" data-table={table.id}>
          <caption id={captionId}>{title}</caption>
          <thead>
            <tr>
              {text.header.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={`${row.key}-${index}`}>
                <th scope="row" className="cell-wrap">
                  {row.resourceSlug ? (
                    <Link to={paths.resource(row.resourceSlug)}>{text.rows[index][0]}</Link>
                  ) : (
                    text.rows[index][0]
                  )}
                </th>
                {text.rows[index].slice(1).map((cell, i) => (
                  <td key={i} className="cell-number">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => downloadCsv(`${fileStem}-${table.id}.csv`, toCsv(text))}
      >
        {t('report.exportCsv')}
        <span className="visually-hidden"> — {title}</span>
      </button>
    </>
  );
  if (open)
    return (
      <section className="report-ranking" aria-label={title}>
        <h3>{title}</h3>
        {body}
      </section>
    );
  return (
    <details className="report-details">
      <summary>
        {t('report.showTable')}
        <span className="visually-hidden"> — {title}</span>
      </summary>
      {body}
    </details>
  );
}
