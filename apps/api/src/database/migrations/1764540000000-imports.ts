import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bibliography and spreadsheet imports: the file read once into preview rows (new, probable duplicate, invalid), the
 * batch's choices, then the import job's progress and its report (one outcome per row, written with the resource).
 */
export class Imports1764540000000 implements MigrationInterface {
  name = 'Imports1764540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE imports (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         created_by uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
         file_name varchar(255) NOT NULL,
         format varchar(16) NOT NULL CONSTRAINT imports_format_check CHECK (format IN ('ris', 'bibtex', 'csl-json', 'csv')),
         source text NOT NULL,
         csv_headers jsonb,
         csv_mapping jsonb,
         rows jsonb NOT NULL DEFAULT '[]'::jsonb,
         state varchar(16) NOT NULL DEFAULT 'preview' CONSTRAINT imports_state_check CHECK (state IN ('preview', 'queued', 'running', 'done', 'failed')),
         choices jsonb,
         total integer NOT NULL DEFAULT 0,
         processed integer NOT NULL DEFAULT 0,
         outcomes jsonb NOT NULL DEFAULT '[]'::jsonb,
         created_at timestamptz NOT NULL DEFAULT now(),
         finished_at timestamptz
       )`,
    );
    await q.query(`CREATE INDEX imports_created_by_idx ON imports (created_by, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE imports`);
  }
}
