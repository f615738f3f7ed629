import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kits and loans (issue 14, decision 0029): an organisation's kits (contents with quantities, the resources they
 * serve), and members' loans of them over a date range. `btree_gist` lets one exclusion constraint say that a kit's
 * accepted or handed-over loans never overlap, whatever the concurrency.
 */
export class Kits1764630000000 implements MigrationInterface {
  name = 'Kits1764630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE kits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        slug varchar(120) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        description varchar(5000) NOT NULL DEFAULT '',
        condition_notes varchar(5000) NOT NULL DEFAULT '',
        pickup_place varchar(300) NOT NULL DEFAULT '',
        loan_conditions varchar(5000) NOT NULL DEFAULT '',
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX kits_organisation_idx ON kits (organisation_id)`);
    await q.query(`
      CREATE TABLE kit_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kit_id uuid NOT NULL REFERENCES kits(id) ON DELETE CASCADE,
        position integer NOT NULL,
        label varchar(200) NOT NULL,
        quantity integer NOT NULL,
        CONSTRAINT kit_items_quantity_check CHECK (quantity > 0)
      )`);
    await q.query(`CREATE INDEX kit_items_kit_idx ON kit_items (kit_id, position)`);
    await q.query(`
      CREATE TABLE kit_resources (
        kit_id uuid NOT NULL REFERENCES kits(id) ON DELETE CASCADE,
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        PRIMARY KEY (kit_id, resource_id)
      )`);
    await q.query(`CREATE INDEX kit_resources_resource_idx ON kit_resources (resource_id)`);
    await q.query(`
      CREATE TABLE kit_loans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kit_id uuid NOT NULL REFERENCES kits(id) ON DELETE CASCADE,
        requester_id uuid REFERENCES members(id) ON DELETE SET NULL,
        organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        event_id uuid REFERENCES events(id) ON DELETE SET NULL,
        purpose varchar(1000) NOT NULL,
        period daterange NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'requested',
        decided_at timestamptz,
        decided_by uuid REFERENCES members(id) ON DELETE SET NULL,
        refused_reason varchar(1000),
        handed_over_at timestamptz,
        handed_over_by uuid REFERENCES members(id) ON DELETE SET NULL,
        returned_at timestamptz,
        returned_by uuid REFERENCES members(id) ON DELETE SET NULL,
        return_check jsonb NOT NULL DEFAULT '[]',
        return_notes varchar(2000) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT kit_loans_status_check
          CHECK (status IN ('requested', 'accepted', 'refused', 'cancelled', 'handed_over', 'returned')),
        CONSTRAINT kit_loans_period_check CHECK (NOT isempty(period) AND NOT upper_inf(period) AND NOT lower_inf(period)),
        CONSTRAINT kit_loans_no_overlap EXCLUDE USING gist (kit_id WITH =, period WITH &&)
          WHERE (status IN ('accepted', 'handed_over'))
      )`);
    await q.query(`CREATE INDEX kit_loans_requester_idx ON kit_loans (requester_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kit_loans`);
    await q.query(`DROP TABLE kit_resources`);
    await q.query(`DROP TABLE kit_items`);
    await q.query(`DROP TABLE kits`);
  }
}
