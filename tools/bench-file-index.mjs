// `node tools/bench-file-index.mjs [-- --files 1000 --pages 10 --resources 1000 --duration 10]`: what the text of
// attached files costs the search index (issue 12, decision 0024). Starts fresh PostgreSQL and Meilisearch, loads the
// demo library plus N synthetic resources through the outbox and the normal indexer, measures Meilisearch's size and
// search latency, then attaches FILES files of PAGES pages of French text (sentences of the demo library) to as many
// resources, lets the indexer reindex them, and measures again. Prints a table and writes its section of
// docs/benchmarks.md. A benchmark, not a test: it reports figures. Build the API first (npx nx run api:build).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID, createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import services from './services.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('files', 1000);
const PAGES = arg('pages', 10);
const RESOURCES = arg('resources', Math.max(FILES, 1000));
const DURATION = arg('duration', 10);
const WORDS_PER_PAGE = 300;
const cli = join(root, 'dist/apps/api/apps/api/src/cli.js');
const say = (message) => console.log(`› ${message}`);

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

async function waitForIndexed(client, meili, headers) {
  for (;;) {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL');
    const tasks = await fetch(`${meili.url}/tasks?statuses=enqueued,processing&limit=1`, { headers }).then((r) =>
      r.json(),
    );
    if (rows[0].n === 0 && tasks.total === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
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
  const sorted = latencies.sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: at(50), p95: at(95), count: sorted.length };
}

// Without the title and summary segments: their cost (query-cost.ts) would spend the client's budget per minute
// (rate-limits.ts) within seconds at this pace, and they are not what is measured here.
const SEARCH = `query Search($input: SearchInput!) { search(input: $input) { total hits { resource { id slug title }
  thumbnailUrl fileMatch { fileName unit number excerpt } } } }`;

async function main() {
  if (!existsSync(cli)) throw new Error('Build the API first: npx nx run api:build');
  const dir = mkdtempSync(join(os.tmpdir(), 'cc-bench-files-'));
  chmodSync(dir, 0o755);
  const postgres = await services.startPostgres({ dir: join(dir, 'pg'), port: await services.freePort() });
  const meili = await services.startMeilisearch({
    dir: join(dir, 'meili'),
    port: await services.freePort(),
    masterKey: 'benchmark-master-key-0001',
  });
  const port = await services.freePort();
  const env = {
    ...process.env,
    DATABASE_URL: await postgres.createDatabase('bench_files'),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    PORT: String(port),
    INDEXER_ENABLED: 'false',
  };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${meili.masterKey}` };
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  let api;
  try {
    for (const args of [['seed'], ['load-synthetic', String(RESOURCES)]]) {
      if (spawnSync('node', [cli, ...args], { cwd: root, env, stdio: 'inherit' }).status !== 0)
        throw new Error(`cli ${args.join(' ')} failed`);
    }
    api = spawn('node', [join(root, 'dist/apps/api/apps/api/src/main.js')], {
      cwd: root,
      env: { ...env, INDEXER_ENABLED: 'true', NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await client.connect();
    say(`Indexing the demo library and ${RESOURCES} synthetic resources…`);
    await waitForIndexed(client, meili, headers);
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
    const gqlUrl = `http://127.0.0.1:${port}/graphql`;
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
    await waitForIndexed(client, meili, headers);
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
    if (api)
      await new Promise((resolve) => {
        api.once('exit', resolve);
        api.kill('SIGTERM');
      });
    await meili.stop();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
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
  const cpu = os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU';
  const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL 18 (embedded), Meilisearch 1.21.0 (--max-indexing-memory 256MiB)`;
  const section = [
    '<!-- bench:file-index -->',
    '# File text in the search index',
    '',
    `Run by \`node tools/bench-file-index.mjs\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${machine}.`,
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
    '<!-- /bench:file-index -->',
    '',
  ].join('\n');
  const path = join(root, 'docs/benchmarks.md');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const kept = existing.replace(/<!-- bench:file-index -->[\s\S]*?<!-- \/bench:file-index -->\n?/, '').trimEnd();
  writeFileSync(path, `${kept}\n\n${section}`);
  console.log(`\n${section}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
