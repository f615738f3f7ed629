import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation's logo (issue 14): a WebP made by sharp, stored at `logos/<logo_id>/logo.webp` in the file storage.
 * A new upload takes a new id, so the logo's address changes with it and can be cached for good.
 */
export class OrganisationLogo1764640000001 implements MigrationInterface {
  name = 'OrganisationLogo1764640000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN logo_id uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations DROP COLUMN logo_id`);
  }
}
