import { createFreshDatabase, openDataSource, type FreshDatabase } from '../../../test/fresh-database';
import { ENTITIES } from '../../database/entities';
import { MIGRATIONS } from '../../database/migrations';
import { CommentMentionLinks1764610000001 } from '../../database/migrations/1764610000001-comment-mention-links';
import { nameMentions } from './mentions';

/** Migrations up to (not including) the one that links old mentions: a library as it was before. */
const BEFORE = MIGRATIONS.slice(0, MIGRATIONS.indexOf(CommentMentionLinks1764610000001));

describe('Comments written before mentions became links render them as links (migration 1764610000001)', () => {
  let database: FreshDatabase;

  beforeAll(async () => {
    database = await createFreshDatabase('cc_mentions');
  });
  afterAll(() => database.drop());

  it('a bold « @Name » and an unrecorded « @slug » become links to the member, by name; excerpts name them', async () => {
    const old = await openDataSource(database.url, { migrations: BEFORE });
    await old.runMigrations({ transaction: 'each' });
    const member = async (slug: string, name: string) =>
      (
        await old.query(`INSERT INTO members (slug, name, email, role) VALUES ($1, $2, $3, 'member') RETURNING id`, [
          slug,
          name,
          `${slug}@example.org`,
        ])
      )[0].id as string;
    const claire = await member('claire-martin', 'Claire Martin');
    const yanis = await member('yanis-benali', 'Yanis Benali');
    await member('lea-o-neil', 'Léa O’Neil & co');
    const [{ id: resource }] = await old.query(
      `INSERT INTO resources (slug, type, format, title, summary, language, visibility)
       VALUES ('colibris', 'outil', 'jeu', 'Les colibris', 'Un jeu.', 'fr', 'public') RETURNING id`,
    );
    const comment = async (markdown: string, html: string, updatedAt = '2025-06-01T10:00:00Z') =>
      (
        await old.query(
          `INSERT INTO comments (resource_id, author_id, markdown, html, updated_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [resource, yanis, markdown, html, updatedAt],
        )
      )[0].id as string;
    // As mentions were rendered then: the known name in bold, its mention recorded.
    const bold = await comment(
      'Merci @claire-martin pour la fiche !',
      '<p>Merci <strong>@Claire Martin</strong> pour la fiche !</p>',
    );
    await old.query(`INSERT INTO comment_mentions (comment_id, member_id) VALUES ($1, $2)`, [bold, claire]);
    // Written before mentions were recorded at all: « @slug » as typed, no mention row.
    const typed = await comment('Voir avec @lea-o-neil et @inconnu.', '<p>Voir avec @lea-o-neil et @inconnu.</p>');
    await old.destroy();

    const current = await openDataSource(database.url, { entities: ENTITIES, migrations: MIGRATIONS });
    try {
      await current.runMigrations({ transaction: 'each' });
      const html = async (id: string) =>
        (await current.query(`SELECT html, updated_at FROM comments WHERE id = $1`, [id]))[0];
      expect(await html(bold)).toEqual({
        html: '<p>Merci <a href="/membres/claire-martin">@Claire Martin</a> pour la fiche !</p>',
        // Not an edit: the comment does not become « modifié ».
        updated_at: new Date('2025-06-01T10:00:00Z'),
      });
      expect((await html(typed)).html).toBe(
        '<p>Voir avec <a href="/membres/lea-o-neil">@Léa O’Neil &amp; co</a> et @inconnu.</p>',
      );
      // Excerpts (notifications, « Quoi de neuf ») name the recorded mentions, as for a comment written today.
      const [{ names }] = await current.query(
        `SELECT json_object_agg(m.slug, m.name) AS names FROM comment_mentions cm JOIN members m ON m.id = cm.member_id
         WHERE cm.comment_id = $1`,
        [typed],
      );
      expect(nameMentions('Voir avec @lea-o-neil et @inconnu.', names)).toBe('Voir avec @Léa O’Neil & co et @inconnu.');
      // No one is notified of an old mention.
      expect(await current.query(`SELECT 1 FROM notifications`)).toHaveLength(0);
    } finally {
      await current.destroy();
    }
  });
});
