import { createFreshDatabase, openDataSource, type FreshDatabase } from '../../../test/fresh-database';
import { ENTITIES } from '../../database/entities';
import { MIGRATIONS } from '../../database/migrations';
import { ResourceVersions1764550000000 } from '../../database/migrations/1764550000000-resource-versions';
import { recordResourceVersion } from './record-version';

/** Migrations up to (not including) the one that adds versions: a library as it was before. */
const BEFORE = MIGRATIONS.slice(0, MIGRATIONS.indexOf(ResourceVersions1764550000000));

describe('Resources that existed before the history get a first version (migration 1764550000000)', () => {
  let database: FreshDatabase;

  beforeAll(async () => {
    database = await createFreshDatabase('cc_backfill');
  });
  afterAll(() => database.drop());

  it('backfills version 1 from the current state, by the contributor; the next write compares against it', async () => {
    const old = await openDataSource(database.url, { migrations: BEFORE });
    await old.runMigrations({ transaction: 'each' });
    const [{ id: member }] = await old.query(
      `INSERT INTO members (slug, name, email, role) VALUES ('ines', 'Inès', 'ines@example.org', 'member') RETURNING id`,
    );
    const [{ id: theme }] = await old.query(
      `INSERT INTO themes (slug, label, position) VALUES ('jeux-video', 'Jeux vidéo', 1) RETURNING id`,
    );
    const [{ id: tag }] = await old.query(
      `INSERT INTO tags (label, key, slug) VALUES ('Rumeurs', 'rumeurs', 'rumeurs') RETURNING id`,
    );
    const [{ id: resource }] = await old.query(
      `INSERT INTO resources (slug, type, format, title, summary, authors, language, visibility, contributor_id, updated_at)
       VALUES ('colibris', 'outil', 'jeu', 'Les colibris', 'Un jeu.', '{Réseau EMI}', 'fr', 'public', $1, '2025-11-05T10:00:00Z')
       RETURNING id`,
      [member],
    );
    await old.query(`INSERT INTO resource_themes (resource_id, theme_id) VALUES ($1, $2)`, [resource, theme]);
    await old.query(`INSERT INTO resource_tags (resource_id, tag_id) VALUES ($1, $2)`, [resource, tag]);
    await old.destroy();

    const current = await openDataSource(database.url, { entities: ENTITIES, migrations: MIGRATIONS });
    try {
      await current.runMigrations({ transaction: 'each' });
      const [version] = await current.query(`SELECT * FROM resource_versions WHERE resource_id = $1`, [resource]);
      expect(version).toMatchObject({
        version: 1,
        author_id: member,
        created_at: new Date('2025-11-05T10:00:00Z'),
        snapshot: {
          title: 'Les colibris',
          summary: 'Un jeu.',
          body: null,
          authors: ['Réseau EMI'],
          type: 'outil',
          format: 'jeu',
          visibility: 'public',
          organisation: null,
          themes: [{ slug: 'jeux-video', label: 'Jeux vidéo' }],
          audiences: [],
          tags: ['Rumeurs'],
        },
      });
      expect(version.changed_fields).toHaveLength(17);
      // The snapshot the app reads back equals the backfilled one: an unchanged save changes no field.
      await current.transaction((manager) => recordResourceVersion(manager, resource, member));
      const [second] = await current.query(
        `SELECT changed_fields FROM resource_versions WHERE resource_id = $1 AND version = 2`,
        [resource],
      );
      expect(second.changed_fields).toEqual([]);
    } finally {
      await current.destroy();
    }
  });
});
