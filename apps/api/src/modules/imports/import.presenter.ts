import { describeIssue } from '@culture-commune/shared';
import { ImportBatchObject, ImportRowStatusEnum, ImportStateEnum } from './dto/import.objects';
import { previewStatus } from './import-rows';
import type { ImportEntity } from './import.entity';
import { IMPORTED_FIELD_NAMES } from './parse/imported-record';

/** The batch as the page shows it; the report's address once done. */
export function presentImport(batch: ImportEntity): ImportBatchObject {
  const created = batch.outcomes.filter((outcome) => outcome.outcome === 'created').length;
  return {
    id: batch.id,
    fileName: batch.fileName,
    format: batch.format,
    state: batch.state as ImportStateEnum,
    total: batch.total,
    processed: batch.processed,
    createdCount: created,
    skippedCount: batch.outcomes.length - created,
    rows: batch.rows.map((row) => ({
      n: row.n,
      status: previewStatus(row) as ImportRowStatusEnum,
      ...row.fields,
      publisher: row.fields.publisher ?? undefined,
      year: row.fields.year ?? undefined,
      url: row.fields.url ?? undefined,
      issues: row.issues.map((issue) => ({ field: issue.field, rule: issue.rule, message: describeIssue(issue) })),
      duplicateOf: row.duplicateOf ?? undefined,
      duplicateOfRow: row.duplicateOfRow ?? undefined,
    })),
    csvHeaders: batch.csvHeaders ?? undefined,
    csvMapping: batch.csvMapping
      ? IMPORTED_FIELD_NAMES.map((field) => ({ field, header: batch.csvMapping![field] ?? undefined }))
      : undefined,
    reportUrl: batch.state === 'done' ? `/imports/${batch.id}/rapport.csv` : undefined,
    createdAt: batch.createdAt,
  };
}
