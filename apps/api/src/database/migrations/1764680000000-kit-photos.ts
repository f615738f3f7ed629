import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kits' photos (issue 14): a WebP made by sharp, stored at `kit-photos/<id>/photo.webp` in the file storage (the key is
 * derived from the row's id), with the description a screen reader reads. Four at most per kit, checked by the service
 * under a lock on the kit.
 */
export class KitPhotos1764680000000 implements MigrationInterface {
  name = 'KitPhotos1764680000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kit_photos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kit_id uuid NOT NULL REFERENCES kits(id) ON DELETE CASCADE,
        position integer NOT NULL,
        alt_text varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX kit_photos_kit_position_idx ON kit_photos (kit_id, position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kit_photos`);
  }
}
