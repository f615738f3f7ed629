import { TestApi, startTestApi } from '../../../test/api-harness';
import { recordStatements } from '../../../test/counting-logger';
import { webOperation } from '../../../test/web-documents';

const SLUG = 'vinz-et-lou';
/** Issue 16: the page's one operation, whatever it holds, costs at most this many statements (decision 0050). */
const MAX_STATEMENTS = 5;

describe('The resource page is one operation of at most 5 SQL statements, with 5 or 50 of everything on it', () => {
  let api: TestApi;
  let resourceId: string;
  // The page's one operation, as the web app sends it (the resource, its sections and its discussion).
  const page = webOperation('Resource');

  /** The statements of the page's operation, and its answer. */
  async function openPage() {
    let answer: { resource: { comments: unknown[]; debriefs: unknown[]; files: unknown[] } } | undefined;
    const sent = await recordStatements(api, async () => {
      const result = await api.gql<NonNullable<typeof answer>>(page, { slug: SLUG, countView: true });
      expect(result.errors).toBeUndefined();
      answer = result.data;
    });
    return { sent, resource: answer!.resource };
  }

  const views = async () => {
    const [row] = await api.dataSource.query(
      `SELECT coalesce(sum(views), 0)::int AS views FROM resource_daily_views WHERE resource_id = $1`,
      [resourceId],
    );
    return row.views as number;
  };

  /**
   * Brings the resource to `n` top-level comments (each with a reply), reactions, debriefs, files and reading lists
   * holding it, by SQL.
   */
  async function fill(n: number) {
    await api.dataSource.transaction(async (manager) => {
      for (const table of ['comments', 'reactions', 'debriefs', 'resource_files', 'reading_list_items'])
        await manager.query(`DELETE FROM ${table} WHERE resource_id = $1`, [resourceId]);
      await manager.query(`DELETE FROM reading_lists WHERE slug LIKE 'page-sql-%'`);
      const members: { id: string }[] = await manager.query(`SELECT id FROM members ORDER BY slug LIMIT $1`, [n]);
      expect(members).toHaveLength(n);
      const ids = members.map((member) => member.id);
      const parents: { id: string }[] = await manager.query(
        `INSERT INTO comments (resource_id, author_id, markdown, html)
         SELECT $1, author, 'Commentaire ' || ord, '<p>Commentaire ' || ord || '</p>' FROM unnest($2::uuid[]) WITH ORDINALITY AS x(author, ord)
         RETURNING id`,
        [resourceId, ids],
      );
      await manager.query(
        `INSERT INTO comments (resource_id, parent_id, author_id, markdown, html)
         SELECT $1, parent, $3, 'Réponse', '<p>Réponse</p>' FROM unnest($2::uuid[]) AS parent`,
        [resourceId, parents.map((row) => row.id), ids[0]],
      );
      await manager.query(
        `INSERT INTO reactions (resource_id, member_id, kind) SELECT $1, member, 'useful' FROM unnest($2::uuid[]) AS member`,
        [resourceId, ids],
      );
      await manager.query(
        `INSERT INTO debriefs (resource_id, author_id, workshop_date, context, audience_slug, participants, went_well, to_adjust, rating)
         SELECT $1, member, date '2026-01-01' + ord::int, 'Atelier ' || ord, 'adolescents', 10 + ord::int, 'Bien', 'Rien', 1 + ord::int % 5
         FROM unnest($2::uuid[]) WITH ORDINALITY AS x(member, ord)`,
        [resourceId, ids],
      );
      await manager.query(
        `INSERT INTO resource_files (id, resource_id, uploaded_by, position, is_main, file_name, media_type, extension, size, sha256, storage_key, text_status, attached_at)
         SELECT gen_random_uuid(), $1::uuid, $2::uuid, ord, ord = 1, 'fiche-' || ord || '.pdf', 'application/pdf', 'pdf', 1000 + ord,
                repeat('a', 64), 'page-sql/' || $1::text || '/' || ord || '-' || $3::int, 'done', now()
           FROM generate_series(1, $3::int) AS ord`,
        [resourceId, ids[0], n],
      );
      const lists: { id: string }[] = await manager.query(
        `INSERT INTO reading_lists (slug, title, curator_id, visibility)
         SELECT 'page-sql-' || $2 || '-' || ord, 'Liste ' || ord, member, 'network' FROM unnest($1::uuid[]) WITH ORDINALITY AS x(member, ord)
         RETURNING id, curator_id`,
        [ids, n],
      );
      await manager.query(
        `INSERT INTO reading_list_items (list_id, resource_id, title_snapshot, position, added_by)
         SELECT l.id, r.id, r.title, 1, l.curator_id FROM reading_lists l, resources r WHERE l.id = ANY($1::uuid[]) AND r.id = $2`,
        [lists.map((list) => list.id), resourceId],
      );
    });
  }

  beforeAll(async () => {
    // No background worker: its polling would be counted with the page's statements.
    api = await startTestApi({ indexer: false, env: { JOBS_WORKER: 'false' } });
    await api.seedDemo();
    [{ id: resourceId }] = await api.dataSource.query(`SELECT id FROM resources WHERE slug = $1`, [SLUG]);
    // 50 members to comment, react, debrief and curate lists.
    await api.dataSource.query(
      `INSERT INTO members (slug, name, email) SELECT 'membre-' || i, 'Membre ' || i, 'membre' || i || '@example.org' FROM generate_series(1, 50) AS i`,
    );
  });
  afterAll(() => api.close());

  for (const who of ['a signed-in member', 'a visitor'] as const) {
    it(`costs ${who} at most ${MAX_STATEMENTS} statements, the same with 50 of each as with 5, view counted`, async () => {
      if (who === 'a signed-in member') await api.signIn('yanis.benali@example.org');
      else api.signOut();
      await fill(5);
      const before = await views();
      const five = await openPage();
      expect(five.resource.comments).toHaveLength(5);
      expect(five.resource.files).toHaveLength(5);
      expect(await views()).toBe(before + 1);
      await fill(50);
      const fifty = await openPage();
      expect(fifty.resource.comments).toHaveLength(50);
      expect(fifty.resource.debriefs).toHaveLength(50);
      expect(fifty.resource.files).toHaveLength(50);
      console.log(
        `Resource page for ${who}: ${five.sent.length} SQL statements with 5 of each, ${fifty.sent.length} with 50:\n` +
          fifty.sent.map((statement) => `  ${statement.slice(0, 140)}`).join('\n'),
      );
      expect(fifty.sent).toHaveLength(five.sent.length);
      expect(five.sent.length).toBeLessThanOrEqual(MAX_STATEMENTS);
    });
  }
});
