import { stringify } from 'csv-stringify/sync';
import type { ImportOutcome } from './import-rows';

export const REPORT_COLUMNS = ['ligne', 'titre', 'résultat', 'motif', 'page'];

/** The report: one line per row of the file, created or skipped and why, with the new resource's page (UTF-8 BOM). */
export function importReportCsv(outcomes: ImportOutcome[], pageUrl: (path: string) => string): string {
  const lines = [...outcomes]
    .sort((a, b) => a.n - b.n)
    .map((outcome) => [
      outcome.n,
      outcome.title,
      outcome.outcome === 'created' ? 'créée' : 'ignorée',
      outcome.reason ?? '',
      outcome.slug ? pageUrl(`/ressources/${outcome.slug}`) : '',
    ]);
  return `\ufeff${stringify([REPORT_COLUMNS, ...lines], { record_delimiter: '\r\n' })}`;
}
