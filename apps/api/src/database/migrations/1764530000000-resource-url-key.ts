import { normaliseUrl, titleKey } from '@culture-commune/shared';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The keys under which two resources are probably the same (« Cette ressource existe peut-être déjà ») : the
 * normalised URL (`normaliseUrl`: scheme, case, trailing slash and tracking parameters ignored) and the title key
 * (`titleKey`: case, accents and punctuation ignored), computed by the app on every write and backfilled here.
 */
export class ResourceUrlKey1764530000000 implements MigrationInterface {
  name = 'ResourceUrlKey1764530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE resources ADD COLUMN url_key text, ADD COLUMN title_key text NOT NULL DEFAULT ''`);
    const rows: { id: string; url: string | null; title: string }[] = await q.query(
      `SELECT id, url, title FROM resources`,
    );
    for (let start = 0; start < rows.length; start += 500) {
      const batch = rows.slice(start, start + 500);
      await q.query(
        `UPDATE resources r SET url_key = k.url_key, title_key = k.title_key
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS k(id, url_key, title_key)
          WHERE r.id = k.id`,
        [
          batch.map((row) => row.id),
          batch.map((row) => (row.url ? normaliseUrl(row.url) : null)),
          batch.map((row) => titleKey(row.title)),
        ],
      );
    }
    await q.query(`CREATE INDEX resources_url_key_idx ON resources (url_key)`);
    await q.query(`CREATE INDEX resources_title_key_idx ON resources (title_key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX resources_title_key_idx`);
    await q.query(`DROP INDEX resources_url_key_idx`);
    await q.query(`ALTER TABLE resources DROP COLUMN title_key, DROP COLUMN url_key`);
  }
}
