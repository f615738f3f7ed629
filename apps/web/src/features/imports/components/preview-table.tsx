import { useTranslation } from '../../../i18n/use-translation';
import type { ImportBatchFieldsFragment } from '../../../generated/graphql';

type Row = ImportBatchFieldsFragment['rows'][number];

interface Props {
  rows: Row[];
  ticked: ReadonlySet<number>;
  onToggle: (n: number) => void;
}

function RowStatus({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (row.status === 'invalid') {
    return (
      <>
        <strong>{t('imports.preview.invalid')}</strong>
        <ul className="import-issues">
          {row.issues.map((issue) => (
            <li key={`${issue.field}-${issue.rule}`}>{issue.message}</li>
          ))}
        </ul>
      </>
    );
  }
  if (row.status === 'duplicate') {
    return row.duplicateOf ? (
      <a href={`/ressources/${row.duplicateOf.slug}`}>
        {t('imports.preview.duplicateOf', { title: row.duplicateOf.title })}
      </a>
    ) : (
      <>{t('imports.preview.duplicateOfRow', { n: row.duplicateOfRow })}</>
    );
  }
  return <>{t('imports.preview.new')}</>;
}

/** Step 2: each record with its status; new ones ticked, duplicates unticked, invalid ones cannot be ticked. */
export function PreviewTable({ rows, ticked, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table import-preview">
        <caption>{t('imports.preview.caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.preview.line')}</th>
            <th scope="col">{t('imports.preview.import')}</th>
            <th scope="col">{t('imports.preview.record')}</th>
            <th scope="col">{t('imports.preview.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = row.title || t('imports.preview.untitled');
            return (
              <tr key={row.n} className={`import-row import-row-${row.status}`}>
                <td>{row.n}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('imports.preview.tick', { n: row.n, title })}
                    checked={ticked.has(row.n)}
                    disabled={row.status === 'invalid'}
                    onChange={() => onToggle(row.n)}
                  />
                </td>
                <th scope="row">
                  {title}
                  {(row.authors.length > 0 || row.year) && (
                    <span className="import-byline">
                      {[row.authors.join(', '), row.year ? String(row.year) : ''].filter(Boolean).join(' — ')}
                    </span>
                  )}
                </th>
                <td>
                  <RowStatus row={row} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
