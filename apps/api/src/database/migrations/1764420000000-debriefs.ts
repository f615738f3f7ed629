import { MigrationInterface, QueryRunner } from 'typeorm';

/** Field debriefs ("retours d'atelier") on mediation tools. */
export class Debriefs1764420000000 implements MigrationInterface {
  name = 'Debriefs1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE debriefs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        workshop_date date NOT NULL,
        context varchar(300) NOT NULL,
        audience_slug varchar(40) REFERENCES audiences(slug),
        age_band varchar(60),
        participants integer NOT NULL CHECK (participants > 0),
        duration_minutes integer CHECK (duration_minutes IS NULL OR duration_minutes > 0),
        parents_present boolean NOT NULL DEFAULT false,
        went_well varchar(2000) NOT NULL,
        to_adjust varchar(2000) NOT NULL,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX debriefs_resource_idx ON debriefs (resource_id, workshop_date DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE debriefs`);
  }
}
