import { MigrationInterface, QueryRunner } from 'typeorm';

/** Network meetings and events: organisers, attached reading lists, RSVPs, minutes linking resources. */
export class Events1764470000000 implements MigrationInterface {
  name = 'Events1764470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        kind varchar(20) NOT NULL CHECK (kind IN ('rencontre-reseau', 'formation', 'atelier', 'soiree-debat', 'evenement')),
        title varchar(200) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone varchar(60) NOT NULL DEFAULT 'Europe/Paris',
        place varchar(300),
        description varchar(5000) NOT NULL DEFAULT '',
        agenda varchar(5000) NOT NULL DEFAULT '',
        minutes_markdown varchar(20000) NOT NULL DEFAULT '',
        minutes_html text NOT NULL DEFAULT '',
        visibility varchar(10) NOT NULL DEFAULT 'network' CHECK (visibility IN ('public', 'network')),
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at >= starts_at)
      )`);
    await q.query(`CREATE INDEX events_starts_idx ON events (starts_at)`);
    await q.query(`
      CREATE TABLE event_organisers (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE event_reading_lists (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        list_id uuid NOT NULL REFERENCES reading_lists(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, list_id)
      )`);
    await q.query(`CREATE INDEX event_reading_lists_list_idx ON event_reading_lists (list_id)`);
    await q.query(`
      CREATE TABLE event_rsvps (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        answer varchar(8) NOT NULL CHECK (answer IN ('yes', 'no', 'maybe')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, member_id)
      )`);
    await q.query(`
      CREATE TABLE event_resource_links (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, resource_id)
      )`);
    await q.query(`CREATE INDEX event_resource_links_resource_idx ON event_resource_links (resource_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_resource_links`);
    await q.query(`DROP TABLE event_rsvps`);
    await q.query(`DROP TABLE event_reading_lists`);
    await q.query(`DROP TABLE event_organisers`);
    await q.query(`DROP TABLE events`);
  }
}
