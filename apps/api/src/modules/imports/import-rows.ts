import type { ValidationIssue } from '@culture-commune/shared';
import type { ImportedFields } from './parse/imported-record';

/** One record of the file as the preview shows it (`n` counts from 1, in file order). */
export interface PreviewRow {
  n: number;
  fields: ImportedFields;
  issues: ValidationIssue[];
  /** A resource the importer may see with the same normalised URL or title key. */
  duplicateOf: { slug: string; title: string } | null;
  /** An earlier row of the same file with the same normalised URL or title key. */
  duplicateOfRow: number | null;
}

export type PreviewStatus = 'new' | 'duplicate' | 'invalid';

export function previewStatus(row: PreviewRow): PreviewStatus {
  if (row.issues.length) return 'invalid';
  return row.duplicateOf || row.duplicateOfRow ? 'duplicate' : 'new';
}

/** What the coordinator chose for the whole batch. */
export interface ImportChoices {
  themeSlugs: string[];
  audienceSlugs: string[];
  visibility: string;
  /** Rows unticked in the preview (`n`). */
  skippedRows: number[];
  /** Rows that look like duplicates are skipped unless this is set. */
  importDuplicates: boolean;
}

export type ImportOutcomeKind = 'created' | 'skipped';

/** What happened to a row, for the progress and the report. */
export interface ImportOutcome {
  n: number;
  outcome: ImportOutcomeKind;
  title: string;
  /** The new resource's slug, when created. */
  slug?: string;
  /** Why it was skipped, in French (« doublon de « … » », « décochée », « Titre : ce champ est obligatoire. »). */
  reason?: string;
}
