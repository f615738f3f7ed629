// `node tools/bench-file-index.mjs [-- --files 1000 --pages 10 --resources 1000 --duration 10] [--tiny]`: what the text of
// attached files costs the search index (issue 12, decision 0024). Starts fresh PostgreSQL and Meilisearch, loads the
// demo library plus N synthetic resources through the outbox and the normal indexer, measures Meilisearch's size and
// search latency, then attaches FILES files of PAGES pages of French text (sentences of the demo library) to as many
// resources, lets the indexer reindex them, and measures again. Prints a table and writes its section of
// docs/benchmarks.md. A benchmark, not a test: it reports figures. Build the API first (npx nx run api:build).
import { randomUUID, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
  arg,
  machine,
  now,
  percentile,
  requireBuild,
  root,
  runCli,
  runMain,
  say,
  startApi,
  startServices,
  waitForIndexed,
  writeSection,
} from './bench-support.mjs';

const FILES = arg('files', 1000, 20);
const PAGES = arg('pages', 10, 2);
const RESOURCES = arg('resources', Math.max(FILES, 1000), 500);
const DURATION = arg('duration', 10, 1);
const WORDS_PER_PAGE = 300;

const relevanceQueries = ['search-relevance.json', 'search-relevance-extra.json']
  .flatMap((file) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8')).queries)
  .filter((query) => !query.filters)
  .map((query) => query.q);

/** Sentences of the demo library (summaries, notes, comments, debriefs…): the vocabulary of real pages. */
function demoSentences() {
  const library = JSON.parse(readFileSync(join(root, 'data/demo-library.json'), 'utf8'));
  const texts = [];
  const walk = (value) => {
    if (typeof value === 'string' && value.length > 40) texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(library);
  return [...new Set(texts.flatMap((text) => text.split(/(?<=[.!?…])\s+/)).filter((s) => s.split(' ').length >= 5))];
}

/** A deterministic page of about WORDS_PER_PAGE words. */
function pageText(sentences, seed) {
  let state = seed >>> 0 || 1;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const picked = [];
  let words = 0;
  while (words < WORDS_PER_PAGE) {
    const sentence = sentences[Math.floor(next() * sentences.length)];
    picked.push(sentence);
    words += sentence.split(/\s+/).length;
  }
  return picked.join(' ');
}

async function sizes(meili, headers) {
  const all = await fetch(`${meili.url}/stats`, { headers }).then((r) => r.json());
  const index = all.indexes.resources;
  return {
    used: all.usedDatabaseSize,
    total: all.databaseSize,
    raw: index.rawDocumentDbSize,
    documents: index.numberOfDocuments,
  };
}

/** One client, one request after another, for DURATION seconds: exact p50 and p95. */
async function latency(url, headers, bodies) {
  const latencies = [];
  const deadline = performance.now() + DURATION * 1000;
  for (let n = 0; performance.now() < deadline; n += 1) {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers, body: bodies[n % bodies.length] });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(`${url}: ${text.slice(0, 300)}`);
    latencies.push(performance.now() - started);
  }
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), count: latencies.length };
}

// Without the title and summary segments: their cost (query-cost.ts) would spend the client's budget per minute
// (rate-limits.ts) within seconds at this pace, and they are not what is measured here.
const SEARCH = `query Search($input: SearchInput!) { search(input: $input) { total hits { resource { id slug title }
  thumbnailUrl fileMatch { fileName unit number excerpt } } } }`;

async function main() {
  requireBuild();
  const stack = await startServices('files', { INDEXER_ENABLED: 'false' });
  const { env, meili, meiliHeaders: headers } = stack;
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  let api;
  try {
    runCli(['seed'], env);
    runCli(['load-synthetic', String(RESOURCES)], env);
    api = await startApi({ ...env, INDEXER_ENABLED: 'true' });
    await client.connect();
    say(`Indexing the demo library and ${RESOURCES} synthetic resources…`);
    await waitForIndexed(env, meili, headers);
    const before = await sizes(meili, headers);

    const sentences = demoSentences();
    // Queries answered by the file text too: two longer words of its sentences, in rotation with the relevance sets.
    const fileQueries = sentences.slice(100, 140).map((sentence) =>
      sentence
        .split(/[\s,.;:!?«»()’']+/)
        .filter((word) => word.length >= 6)
        .slice(0, 2)
        .join(' '),
    );
    const gqlUrl = `${api.url}/graphql`;
    const bodies = (queries) =>
      queries.map((q) => JSON.stringify({ query: SEARCH, variables: { input: { q, pageSize: 20 } } }));
    const json = { 'content-type': 'application/json' };
    // Where the time goes: the raw Meilisearch request the API sends, with and without match positions.
    const rawBodies = (showMatchesPosition) =>
      [...relevanceQueries, ...fileQueries].map((q) =>
        JSON.stringify({
          queries: [
            {
              indexUid: 'resources',
              q,
              filter: ['visibility != "draft"'],
              facets: ['type', 'format', 'themes', 'audiences', 'tags', 'organisation', 'language'],
              page: 1,
              hitsPerPage: 20,
              attributesToRetrieve: ['id'],
              showMatchesPosition,
              attributesToHighlight: ['title', 'summary'],
              attributesToCrop: ['summary'],
              cropLength: 45,
              highlightPreTag: '\u0002',
              highlightPostTag: '\u0003',
            },
          ],
        }),
      );
    say('Search latency without files…');
    await latency(gqlUrl, json, bodies(relevanceQueries.slice(0, 5)));
    const searchBefore = await latency(gqlUrl, json, bodies([...relevanceQueries, ...fileQueries]));
    const rawBefore = await latency(`${meili.url}/multi-search`, headers, rawBodies(false));

    say(`Attaching ${FILES} files of ${PAGES} pages (${WORDS_PER_PAGE} words each)…`);
    const { rows: targets } = await client.query(
      `SELECT id FROM resources WHERE visibility = 'public' AND deleted_at IS NULL ORDER BY created_at DESC, id LIMIT $1`,
      [FILES],
    );
    if (targets.length < FILES) throw new Error(`only ${targets.length} public resources for ${FILES} files`);
    let words = 0;
    await client.query('BEGIN');
    for (const [n, { id: resourceId }] of targets.entries()) {
      const fileId = randomUUID();
      const pages = Array.from({ length: PAGES }, (_, p) => pageText(sentences, n * 1000 + p + 1));
      words += pages.reduce((sum, page) => sum + page.split(/\s+/).length, 0);
      await client.query(
        `INSERT INTO resource_files (id, resource_id, position, is_main, file_name, media_type, extension, size, sha256,
                                     storage_key, thumbnail_key, text_status, page_count, attached_at)
         VALUES ($1, $2, 0, true, $3, 'application/pdf', 'pdf', 100000, $4, $5, $6, 'done', $7, now())`,
        [
          fileId,
          resourceId,
          `guide-${n}.pdf`,
          createHash('sha256').update(fileId).digest('hex'),
          `bench/${fileId}`,
          `bench/${fileId}.webp`,
          PAGES,
        ],
      );
      await client.query(
        `INSERT INTO resource_file_pages (file_id, page, text) SELECT $1, ordinality, text FROM unnest($2::text[]) WITH ORDINALITY AS p(text, ordinality)`,
        [fileId, pages],
      );
    }
    await client.query(`INSERT INTO outbox_events (topic, aggregate_id) SELECT 'resource', unnest($1::uuid[])`, [
      targets.map((row) => row.id),
    ]);
    await client.query('NOTIFY outbox_events');
    await client.query('COMMIT');
    const indexStarted = Date.now();
    await waitForIndexed(env, meili, headers);
    const indexSeconds = (Date.now() - indexStarted) / 1000;
    const after = await sizes(meili, headers);

    say('Search latency with files…');
    await latency(gqlUrl, json, bodies(relevanceQueries.slice(0, 5)));
    const searchAfter = await latency(gqlUrl, json, bodies([...relevanceQueries, ...fileQueries]));
    say('Raw Meilisearch: the API’s request, then with match positions over displayed file text…');
    const rawApi = await latency(`${meili.url}/multi-search`, headers, rawBodies(false));
    const sample = await fetch(gqlUrl, { method: 'POST', headers: json, body: bodies([fileQueries[0]])[0] }).then((r) =>
      r.json(),
    );
    const withMatch = sample.data.search.hits.filter((hit) => hit.fileMatch).length;
    // The first design (decision 0024): `fileText` displayed and match positions asked, to say where a hit matched.
    const hide = await fetch(`${meili.url}/indexes/resources/settings/displayed-attributes`, {
      method: 'PUT',
      headers,
      body: JSON.stringify(['*']),
    }).then((r) => r.json());
    for (;;) {
      const task = await fetch(`${meili.url}/tasks/${hide.taskUid}`, { headers }).then((r) => r.json());
      if (task.status === 'succeeded' || task.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const rawDisplayed = await latency(`${meili.url}/multi-search`, headers, rawBodies(true));
    write({
      before,
      after,
      words,
      indexSeconds,
      searchBefore,
      searchAfter,
      rawBefore,
      rawApi,
      rawDisplayed,
      queries: relevanceQueries.length + fileQueries.length,
      withMatch,
      sampleQuery: fileQueries[0],
    });
  } finally {
    await client.end().catch(() => undefined);
    await api?.stop();
    await stack.stop();
  }
}

function write({
  rawBefore,
  rawApi,
  rawDisplayed,
  before,
  after,
  words,
  indexSeconds,
  searchBefore,
  searchAfter,
  queries,
  withMatch,
  sampleQuery,
}) {
  const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const per1000 = (delta) => mib((delta * 1000) / FILES);
  const ms = (value) => `${value.toFixed(1)} ms`;
  writeSection('file-index', [
    '# File text in the search index',
    '',
    `Run by \`node tools/bench-file-index.mjs\` on ${now()} UTC. Machine: ${machine('PostgreSQL 18 (embedded), Meilisearch 1.21.0 (--max-indexing-memory 256MiB)')}.`,
    `Library: demo + ${RESOURCES.toLocaleString('en')} synthetic resources (${before.documents.toLocaleString('en')} documents); then ${FILES.toLocaleString('en')} PDF files × ${PAGES} pages of ~${WORDS_PER_PAGE} words (${words.toLocaleString('en')} words of sentences from the demo library), one per resource, indexed through the outbox by the normal indexer.`,
    '',
    '| measure | without files | with files | growth per 1,000 files |',
    '| --- | ---: | ---: | ---: |',
    `| Meilisearch used database size (\`/stats\` usedDatabaseSize) | ${mib(before.used)} | ${mib(after.used)} | ${per1000(after.used - before.used)} |`,
    `| Meilisearch database file (\`databaseSize\`) | ${mib(before.total)} | ${mib(after.total)} | ${per1000(after.total - before.total)} |`,
    `| stored documents (\`rawDocumentDbSize\`) | ${mib(before.raw)} | ${mib(after.raw)} | ${per1000(after.raw - before.raw)} |`,
    `| GraphQL \`search\` p50, 1 connection (${queries} queries in rotation, 20 hits) | ${ms(searchBefore.p50)} | ${ms(searchAfter.p50)} | |`,
    `| GraphQL \`search\` p95, 1 connection | ${ms(searchBefore.p95)} | ${ms(searchAfter.p95)} | |`,
    `| raw Meilisearch multi-search p50 / p95 (the API's main request, over every non-draft resource) | ${ms(rawBefore.p50)} / ${ms(rawBefore.p95)} | ${ms(rawApi.p50)} / ${ms(rawApi.p95)} | |`,
    `| the same with \`fileText\` displayed and \`showMatchesPosition\` (rejected design) | | ${ms(rawDisplayed.p50)} / ${ms(rawDisplayed.p95)} | |`,
    '',
    `Per page of ~${WORDS_PER_PAGE} words: ${((after.used - before.used) / (FILES * PAGES) / 1024).toFixed(1)} KiB of Meilisearch database. A resource's file text is capped at 30,000 words (decision 0024), about ${((30_000 / WORDS_PER_PAGE) * ((after.used - before.used) / (FILES * PAGES) / 2 ** 20)).toFixed(1)} MiB at most.`,
    `Reindexing the ${FILES.toLocaleString('en')} resources with their files: ${indexSeconds.toFixed(1)} s (${((FILES * PAGES) / indexSeconds).toFixed(0)} pages/s). « ${sampleQuery} »: ${withMatch} of 20 hits carry a file match and excerpt.`,
  ]);
}

runMain(main);
