import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeResource, makeResourceFile } from '../../../test/factories';

interface RelevanceSet {
  k: number;
  queries: { q: string; expected: string[]; filters?: Record<string, string[]> }[];
}

/** A set whose answers are only in the text of files the test attaches (expected: the resources' keys). */
interface FileRelevanceSet extends RelevanceSet {
  resources: { key: string; title: string; files: { fileName: string; pages: string[] }[] }[];
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

  /** Slugs of the resources the file set's keys stand for. */
  const slugOfKey = new Map<string, string>();

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    const fileSet = load('search-relevance-files.json') as FileRelevanceSet;
    for (const resource of fileSet.resources) {
      const made = await makeResource(api, { title: resource.title, visibility: 'public' });
      slugOfKey.set(resource.key, made.slug);
      for (const [position, file] of resource.files.entries())
        await makeResourceFile(api, { resourceId: made.id, ...file, position, isMain: position === 0 });
    }
    await api.drain();
  });
  afterAll(() => api.close());

  it.each([
    ['the shared relevance set', 'search-relevance.json'],
    ['our own queries (plurals, elisions, English, long queries, filters)', 'search-relevance-extra.json'],
    [
      'queries only the text of attached files answers (PDF, slides, sheets, EPUB, DOCX)',
      'search-relevance-files.json',
    ],
  ])('%s: recall@5 ≥ 0.95 and first-hit precision ≥ 0.9', async (label, file) => {
    const loaded = load(file);
    const set = {
      ...loaded,
      queries: loaded.queries.map((query) => ({
        ...query,
        expected: query.expected.map((key) => slugOfKey.get(key) ?? key),
      })),
    };
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
