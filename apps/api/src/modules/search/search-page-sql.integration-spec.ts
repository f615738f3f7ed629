import { TestApi, startTestApi } from '../../../test/api-harness';
import { countStatements } from '../../../test/counting-logger';
import { webOperation } from '../../../test/web-documents';
import { loadDemoLibrary } from '../seed/demo-library';
import { insertSyntheticResources } from '../seed/synthetic-library';
import { makeResourceFile } from '../../../test/factories';

/** The fields of a hit's resource resolved apart from the page: without batching, each is a statement per hit. */
const PER_HIT = `query PerHit($size: Int) {
  search(input: { pageSize: $size }) {
    hits { resource { id reactions { kind count viewerReacted members { slug } } bookmarked debriefs { id rating } comments { id replies { id } } files { id fileName } } }
  }
}`;

describe('A page of search hits costs a constant number of SQL statements', () => {
  let api: TestApi;

  async function statements(query: string, variables: Record<string, unknown>, hits: number): Promise<number> {
    return countStatements(api, async () => {
      const result = await api.gql<{ search: { hits: unknown[] } }>(query, variables);
      expect(result.errors).toBeUndefined();
      expect(result.data!.search.hits).toHaveLength(hits);
    });
  }

  beforeAll(async () => {
    api = await startTestApi();
    await api.seedDemo();
    await api.dataSource.transaction((manager) => insertSyntheticResources(manager, loadDemoLibrary(), 80));
    // Files whose text only answers « rhizome »: each of their hits carries a file match and an excerpt.
    const withFiles: { id: string }[] = await api.dataSource.query(
      `SELECT id FROM resources WHERE visibility = 'public' ORDER BY id LIMIT 30`,
    );
    for (const [i, { id }] of withFiles.entries())
      await makeResourceFile(api, {
        resourceId: id,
        fileName: `annexe-${i}.pdf`,
        isMain: true,
        thumbnail: true,
        pages: ['Sommaire', `Le rhizome des usages numériques, page ${i}.`],
      });
    await api.drain();
    await api.signIn('yanis.benali@example.org');
  });
  afterAll(() => api.close());

  it('the web app’s search page with 100 hits: 10 statements at most', async () => {
    const count = await statements(webOperation('SearchResources'), { input: { pageSize: 100 } }, 100);
    console.log(`Search page of 100 hits: ${count} SQL statements.`);
    expect(count).toBeLessThanOrEqual(10);
  });

  it('hits that matched inside files, with their excerpts and thumbnails: one statement more for the whole page', async () => {
    const plain = await statements(webOperation('SearchResources'), { input: { pageSize: 30 } }, 30);
    const inFiles = await statements(webOperation('SearchResources'), { input: { q: 'rhizome', pageSize: 30 } }, 30);
    console.log(`Search page of 30 hits matched inside files: ${inFiles} SQL statements (${plain} without a query).`);
    expect(inFiles).toBeLessThanOrEqual(plain + 1);
    expect(inFiles).toBeLessThanOrEqual(7);
  });

  // As many hits as the cost limit lets one ask these fields for.
  it('reactions, favourite, debriefs, comments and files of each hit: the same statements for 5 or 15 hits', async () => {
    await statements(PER_HIT, { size: 1 }, 1); // warms up what a first request loads once (the session's touch, say)
    const few = await statements(PER_HIT, { size: 5 }, 5);
    const more = await statements(PER_HIT, { size: 15 }, 15);
    console.log(`Per-hit fields: ${few} SQL statements for 5 hits, ${more} for 15.`);
    expect(more).toBe(few);
    expect(more).toBeLessThanOrEqual(10);
  });

  it('a page asking only what the index carries is shown from it: the same hits, without the statement loading them', async () => {
    const shown = 'id slug type format title summary authors publisher year language visibility createdAt updatedAt';
    const page = (extra: string) => `query($input: SearchInput!) {
      search(input: $input) { hits { thumbnailUrl fileMatch { fileId excerpt } resource { ${shown} thumbnailUrl themes { id slug label labelEn } ${extra} } } }
    }`;
    const input = { q: 'rhizome', pageSize: 30 };
    type Page = { search: { hits: { thumbnailUrl: string | null; resource: Record<string, unknown> }[] } };
    const fromIndex = (await api.gql<Page>(page(''), { input })).data!.search.hits;
    // One field the index does not carry, and the page is loaded from PostgreSQL.
    const fromRows = (await api.gql<Page>(page('viewerCanEdit'), { input })).data!.search.hits;
    expect(fromIndex).toHaveLength(30);
    const withoutEdit = (hit: Page['search']['hits'][number]) => {
      const resource = { ...hit.resource };
      delete resource.viewerCanEdit;
      return { ...hit, resource };
    };
    expect(fromRows.map(withoutEdit)).toEqual(fromIndex);
    expect(fromIndex.filter((hit) => hit.thumbnailUrl).length).toBeGreaterThan(0);
    expect(fromIndex.some((hit) => (hit.resource.themes as unknown[]).length > 0)).toBe(true);
    const indexStatements = await statements(page(''), { input }, 30);
    const rowStatements = await statements(page('viewerCanEdit'), { input }, 30);
    console.log(
      `Page of 30 hits from the index: ${indexStatements} SQL statements (${rowStatements} from PostgreSQL).`,
    );
    expect(indexStatements).toBe(rowStatements - 1);
  });
});
