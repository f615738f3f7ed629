import { TestApi, startTestApi } from '../../../test/api-harness';
import { countStatements } from '../../../test/counting-logger';
import { webOperation } from '../../../test/web-documents';

const SLUG = 'vinz-et-lou';

describe('The resource page costs the same SQL with 5 or 50 comments, reactions and debriefs', () => {
  let api: TestApi;
  let resourceId: string;
  const operations = [webOperation('Resource'), webOperation('ResourceComments')];

  /** SQL statements for the page's two operations, as the web app sends them, for a signed-in member. */
  async function statementsForPage(): Promise<number> {
    return countStatements(api.dataSource, async () => {
      for (const query of operations) {
        const result = await api.gql<{ resource: { id: string } }>(query, { slug: SLUG });
        expect(result.errors).toBeUndefined();
      }
    });
  }

  /** Brings the resource to `n` top-level comments (each with a reply), reactions and debriefs, by SQL. */
  async function fill(n: number) {
    await api.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM comments WHERE resource_id = $1`, [resourceId]);
      await manager.query(`DELETE FROM reactions WHERE resource_id = $1`, [resourceId]);
      await manager.query(`DELETE FROM debriefs WHERE resource_id = $1`, [resourceId]);
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
    });
  }

  beforeAll(async () => {
    // No background worker: its polling would be counted with the page's statements.
    api = await startTestApi({ indexer: false, env: { JOBS_WORKER: 'false' } });
    await api.seedDemo();
    [{ id: resourceId }] = await api.dataSource.query(`SELECT id FROM resources WHERE slug = $1`, [SLUG]);
    // 50 members to comment, react and debrief.
    await api.dataSource.query(
      `INSERT INTO members (slug, name, email) SELECT 'membre-' || i, 'Membre ' || i, 'membre' || i || '@example.org' FROM generate_series(1, 50) AS i`,
    );
    await api.signIn('yanis.benali@example.org');
  });
  afterAll(() => api.close());

  it('counts the statements with 5 and with 50 of each', async () => {
    await fill(5);
    const withFive = await statementsForPage();
    await fill(50);
    const withFifty = await statementsForPage();
    const comments = await api.gql<{ resource: { comments: { replies: unknown[] }[] } }>(operations[1], { slug: SLUG });
    expect(comments.data!.resource.comments).toHaveLength(50);
    console.log(
      `Resource page: ${withFive} SQL statements with 5 comments, reactions and debriefs; ${withFifty} with 50.`,
    );
    expect(withFifty).toBe(withFive);
    // A bound that fails if a resolver starts querying per item: 50 of anything would add at least 50.
    expect(withFive).toBeLessThan(25);
  });
});
