import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files attached to resources (decision 0022).
 * - `file_uploads`: an upload in progress, sent in numbered chunks so a bad connection resumes where it stopped. Its
 *   id becomes the file's id, and its storage key the file's: completing an upload never copies the bytes.
 * - `resource_files`: a stored file whose type was decided from its bytes. `resource_id` is null until the file is
 *   attached (the form uploads before the resource is saved); `removed_at` marks a file taken off its resource but
 *   kept, so that history can restore it. The bytes go when the resource is purged from the bin.
 * - `resource_file_pages`: the text extracted from a file, page by page (slides and sheets count as pages).
 */
export class Files1764570000000 implements MigrationInterface {
  name = 'Files1764570000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE file_uploads (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         owner_id uuid NOT NULL CONSTRAINT file_uploads_owner_id_fkey REFERENCES members(id) ON DELETE CASCADE,
         file_name varchar(255) NOT NULL,
         size bigint NOT NULL CONSTRAINT file_uploads_size_check CHECK (size > 0),
         chunk_size integer NOT NULL CONSTRAINT file_uploads_chunk_size_check CHECK (chunk_size > 0),
         received_parts integer[] NOT NULL DEFAULT '{}',
         storage_key text NOT NULL,
         multipart_id text,
         part_etags jsonb NOT NULL DEFAULT '{}',
         created_at timestamptz NOT NULL DEFAULT now(),
         expires_at timestamptz NOT NULL
       )`,
    );
    await q.query(`CREATE INDEX file_uploads_expires_at_idx ON file_uploads (expires_at)`);
    await q.query(
      `CREATE TABLE resource_files (
         id uuid PRIMARY KEY,
         resource_id uuid CONSTRAINT resource_files_resource_id_fkey REFERENCES resources(id) ON DELETE CASCADE,
         uploaded_by uuid CONSTRAINT resource_files_uploaded_by_fkey REFERENCES members(id) ON DELETE SET NULL,
         position integer NOT NULL DEFAULT 0,
         is_main boolean NOT NULL DEFAULT false,
         file_name varchar(255) NOT NULL,
         media_type varchar(100) NOT NULL,
         extension varchar(10) NOT NULL,
         size bigint NOT NULL CONSTRAINT resource_files_size_check CHECK (size > 0),
         sha256 char(64) NOT NULL,
         storage_key text NOT NULL CONSTRAINT resource_files_storage_key_key UNIQUE,
         thumbnail_key text,
         text_status varchar(16) NOT NULL DEFAULT 'pending'
           CONSTRAINT resource_files_text_status_check CHECK (text_status IN ('pending', 'done', 'image_only', 'none', 'failed')),
         text_error text,
         page_count integer,
         created_at timestamptz NOT NULL DEFAULT now(),
         attached_at timestamptz,
         removed_at timestamptz
       )`,
    );
    await q.query(`CREATE INDEX resource_files_resource_id_idx ON resource_files (resource_id, position)`);
    // At most one main file among a resource's attached files.
    await q.query(
      `CREATE UNIQUE INDEX resource_files_main_idx ON resource_files (resource_id) WHERE is_main AND removed_at IS NULL`,
    );
    // Unattached uploads are swept after a day.
    await q.query(
      `CREATE INDEX resource_files_unattached_idx ON resource_files (created_at) WHERE resource_id IS NULL`,
    );
    await q.query(
      `CREATE TABLE resource_file_pages (
         file_id uuid NOT NULL CONSTRAINT resource_file_pages_file_id_fkey REFERENCES resource_files(id) ON DELETE CASCADE,
         page integer NOT NULL CONSTRAINT resource_file_pages_page_check CHECK (page >= 1),
         text text NOT NULL,
         CONSTRAINT resource_file_pages_pkey PRIMARY KEY (file_id, page)
       )`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE resource_file_pages`);
    await q.query(`DROP TABLE resource_files`);
    await q.query(`DROP TABLE file_uploads`);
  }
}
