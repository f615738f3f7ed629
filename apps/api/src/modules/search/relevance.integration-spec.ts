import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApi, startTestApi } from '../../../test/api-harness';

interface RelevanceSet {
  k: number;
  queries: { q: string; expected: string[]; filters?: Record<string, string[]> }[];
}

const SEARCH = `query Search($input: SearchInput!) { search(input: $input) { hits { resource { slug } } } }`;
const load = (file: string): RelevanceSet =>
  JSON.parse(readFileSync(join(__dirname, '../../../../../data', file), 'utf8'));

/** Recall@k (mean share of expected slugs in the first k hits) and first-hit precision, with the misses. */
async function measure(api: TestApi, set: RelevanceSet) {
  let recall = 0;
  let firstHits = 0;
  const misses: string[] = [];
  for (const query of set.queries) {
    const result = await api.gql<{ search: { hits: { resource: { slug: string } }[] } }>(SEARCH, {
      input: { q: query.q, filters: query.filters, pageSize: set.k },
    });
    if (result.errors) throw new Error(`${query.q}: ${result.errors[0].message}`);
    const top = result.data!.search.hits.map((hit) => hit.resource.slug);
    const found = query.expected.filter((slug) => top.includes(slug));
    recall += found.length / query.expected.length;
    if (query.expected.includes(top[0])) firstHits += 1;
    if (found.length < query.expected.length || !query.expected.includes(top[0])) {
      misses.push(`  "${query.q}": expected ${query.expected.join(', ')} — got ${top.join(', ') || 'nothing'}`);
    }
  }
  return { recall: recall / set.queries.length, firstHit: firstHits / set.queries.length, misses };
}

describe('Search relevance on the demo library', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it.each([
    ['the shared relevance set', 'search-relevance.json'],
    ['our own queries (plurals, elisions, English, long queries, filters)', 'search-relevance-extra.json'],
  ])('%s: recall@5 ≥ 0.95 and first-hit precision ≥ 0.9', async (label, file) => {
    const set = load(file);
    const { recall, firstHit, misses } = await measure(api, set);
    console.log(
      `${label} (${set.queries.length} queries): recall@${set.k} = ${recall.toFixed(3)}, first-hit precision = ${firstHit.toFixed(3)}` +
        (misses.length ? `\n${misses.join('\n')}` : ''),
    );
    expect(set.queries.length).toBeGreaterThanOrEqual(20);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(firstHit).toBeGreaterThanOrEqual(0.9);
  });
});
